'use client';

import { useId } from 'react';
import { formatDayMonth } from '@/lib/format/format-date';
import { formatCount } from '@/lib/format/format-number';
import type { DrawnSnapshot } from '@/lib/layers/layer-store';

interface RefugeeDateControlProps {
  snapshots: readonly DrawnSnapshot[];
  value: string;
  onChange: (date: string) => void;
}

/** Which day's UNHCR figures the refugee arrows show: one choice per day with a complete breakdown. */
export function RefugeeDateControl({ snapshots, value, onChange }: RefugeeDateControlProps) {
  const name = useId();
  const selected = snapshots.find((s) => s.date === value);
  return (
    <fieldset className="refugee-date" data-testid="refugee-date">
      <legend>Refugee arrows: UNHCR figures published on</legend>
      <div className="refugee-date__options">
        {snapshots.map((s) => (
          <label key={s.date} className="refugee-date__option">
            <input type="radio" name={name} value={s.date} checked={s.date === value} onChange={() => onChange(s.date)} />
            <span>
              {formatDayMonth(s.date)} · {formatCount(s.total)}
            </span>
          </label>
        ))}
      </div>
      {selected && (
        <p className="refugee-date__note" aria-live="polite">
          {selected.arrivalsTo ? `Arrivals to the end of ${formatDayMonth(selected.arrivalsTo)}. ` : ''}
          {selected.earlierTotal !== null ? `An earlier update that day said ${formatCount(selected.earlierTotal)}. ` : ''}
          {selected.onwardCount > 0 ? `${formatCount(selected.onwardCount)} of them had moved on to other European countries: no arrow, as no route is known.` : ''}
        </p>
      )}
    </fieldset>
  );
}
