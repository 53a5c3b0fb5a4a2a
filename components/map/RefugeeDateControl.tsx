import { useId } from 'react';
import { formatDayMonth } from '@/lib/format/format-date';
import { formatCount } from '@/lib/format/format-number';
import type { DrawnSnapshot } from '@/lib/refugees/refugee-summary';
import { useI18n } from '../i18n/I18nProvider';


interface RefugeeDateControlProps {
  snapshots: readonly DrawnSnapshot[];
  value: string;
  onChange: (date: string) => void;
}

/** Which day's UNHCR figures the refugee arrows show: one choice per day with a complete breakdown. */
export function RefugeeDateControl({ snapshots, value, onChange }: RefugeeDateControlProps) {
  const { locale, m } = useI18n();
  const name = useId();
  const selected = snapshots.find((s) => s.date === value);
  return (
    <fieldset className="refugee-date" data-testid="refugee-date">
      <legend>{m.refugeeDate.legend}</legend>
      <div className="refugee-date__options">
        {snapshots.map((s) => (
          <label key={s.date} className="refugee-date__option">
            <input type="radio" name={name} value={s.date} checked={s.date === value} onChange={() => onChange(s.date)} />
            <span>
              {formatDayMonth(s.date, { locale })} · {formatCount(s.total, locale)}
            </span>
          </label>
        ))}
      </div>
      {selected && (
        <p className="refugee-date__note" aria-live="polite">
          {selected.arrivalsTo ? m.refugeeDate.arrivals(formatDayMonth(selected.arrivalsTo, { locale })) : ''}
          {selected.earlierTotal !== null ? m.refugeeDate.earlier(formatCount(selected.earlierTotal, locale)) : ''}
          {selected.onwardCount > 0 ? m.refugeeDate.onward(selected.onwardCount, formatCount(selected.onwardCount, locale)) : ''}
        </p>
      )}
    </fieldset>
  );
}
