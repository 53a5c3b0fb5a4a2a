import type { Locale } from '@/lib/i18n/locale';
import { MESSAGES } from '@/lib/i18n/messages';
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatDate, formatDayMonth } from '@/lib/format/format-date';
import { formatCompactCount, formatQualifiedCount } from '@/lib/format/format-number';
import type { RefugeeSummary } from '@/lib/refugees/refugee-summary';

/** The chart's drawing box, in SVG user units; it scales to its container's width. */
const WIDTH = 320;
const HEIGHT = 150;
const MARGIN = { top: 16, right: 4, bottom: 22, left: 4 }; // room for value labels above, day labels below

const DAY_MS = 86_400_000;

/** Every day from `first` to `last`, ISO dates. */
function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/**
 * The count climbing day by day: one bar per day for the last total UNHCR published that day, a
 * gap (and why) for a day with none. Rendered on the server as plain SVG, so it costs the page no
 * JavaScript; d3-scale does the maths. Its values are also a table in the map in words.
 */
export function RefugeeChart({ refugees, locale = 'en' }: { refugees: RefugeeSummary; locale?: Locale }) {
  const t = MESSAGES[locale].chart;
  const date = (iso: string) => formatDate(iso, locale);
  const qualified = (total: number, qualifier: string | null) => formatQualifiedCount(total, qualifier, locale);
  const { daily, gaps } = refugees;
  const first = [...gaps.map((g) => g.date), ...daily.map((d) => d.date)].sort()[0] ?? daily[0]!.date;
  const days = daysBetween(first, daily.at(-1)!.date);
  const x = scaleBand<string>().domain(days).range([MARGIN.left, WIDTH - MARGIN.right]).padding(0.2);
  const max = Math.max(...daily.map((d) => d.total));
  const y = scaleLinear().domain([0, max]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const last = daily.at(-1)!;
  const firstFigure = daily[0]!;
  return (
    <figure className="climb" data-testid="refugee-chart">
      <figcaption className="climb__title" id="climb-title">
        {t.title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="climb-title climb-desc" className="climb__svg">
        <desc id="climb-desc">
          {t.description(qualified(firstFigure.total, firstFigure.qualifier), date(firstFigure.date), qualified(last.total, last.qualifier), date(last.date))}
          {gaps.map((g) => `${date(g.date)}. ${g.note} `).join('')}
          {t.valuesInWords}
        </desc>
        <line className="climb__axis" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} />
        {days.map((day) => {
          const figure = daily.find((d) => d.date === day);
          const cx = (x(day) ?? 0) + x.bandwidth() / 2;
          return (
            <g key={day} data-date={day} data-total={figure?.total ?? ''}>
              {figure ? (
                <>
                  <rect
                    className={`climb__bar${figure.qualifier ? ' climb__bar--rounded' : ''}`}
                    x={x(day)}
                    width={x.bandwidth()}
                    y={y(figure.total)}
                    height={y(0) - y(figure.total)}
                  />
                  <text className="climb__value" x={cx} y={y(figure.total) - 3} textAnchor="middle">
                    {`${figure.qualifier === 'more than' || figure.qualifier === 'at least' ? '>' : figure.qualifier ? '≈' : ''}${formatCompactCount(figure.total, locale)}`}
                  </text>
                </>
              ) : (
                <text className="climb__value climb__value--none" x={cx} y={y(0) - 4} textAnchor="middle">
                  {t.noCount}
                </text>
              )}
              <text className="climb__day" x={cx} y={HEIGHT - 6} textAnchor="middle">
                {formatDayMonth(day, { short: true, locale })}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="climb__note">{t.note}</p>
    </figure>
  );
}
