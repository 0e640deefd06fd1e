import type { DurationFigures } from '../../../shared/contract-stats';
import { formatFigure, wholeNumberTicks } from '../../../shared/stats/format';
import { t } from '../../i18n/nb';
import { INK } from './series';

const WIDTH = 640;
const LABEL_W = 250;
const ROW_H = 44;
const AXIS_H = 26;

/**
 * Box plots of days between steps: the box is the middle half (25th to 75th percentile), the
 * thick line the median, the whiskers the shortest and longest. Hidden measures say so.
 */
export function DurationChart({ title, rows, unit }: { title: string; rows: readonly { label: string; figures: DurationFigures }[]; unit: string }) {
  const ticks = wholeNumberTicks(Math.max(0, ...rows.map((r) => r.figures.max ?? 0)));
  const end = ticks.at(-1)!;
  const plot = WIDTH - LABEL_W - 20;
  const x = (v: number) => LABEL_W + (Math.max(0, v) / end) * plot;
  const height = rows.length * ROW_H + AXIS_H;
  const ts = t.statistikk;
  const description = rows
    .map(({ label, figures: f }) => {
      const parts =
        f.median === null
          ? [ts.antallBytter(formatFigure(f.n))]
          : [ts.median(formatFigure(f.median)), ts.midtHalvdel(formatFigure(f.p25), formatFigure(f.p75)), ts.korteste(formatFigure(f.min)), ts.lengste(formatFigure(f.max)), ts.antallBytter(formatFigure(f.n))];
      return `${label}: ${parts.join(', ')}`;
    })
    .join('; ');

  return (
    <figure className="bo-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${title}. ${description}.`} preserveAspectRatio="xMinYMin meet">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1="0" y2={rows.length * ROW_H} stroke="#c9c9c9" strokeWidth="1" />
            <text x={x(tick)} y={rows.length * ROW_H + 18} textAnchor="middle" fill={INK} fontSize="13">
              {formatFigure(tick)}
            </text>
          </g>
        ))}
        <text x={LABEL_W - 10} y={rows.length * ROW_H + 18} textAnchor="end" fill={INK} fontSize="13">
          {unit}
        </text>
        {rows.map(({ label, figures: f }, i) => {
          const mid = i * ROW_H + ROW_H / 2;
          return (
            <g key={label}>
              <text x={LABEL_W - 10} y={mid} textAnchor="end" dominantBaseline="middle" fill={INK} fontSize="14">
                {label}
              </text>
              {f.median === null || f.min === null || f.max === null || f.p25 === null || f.p75 === null ? (
                <text x={LABEL_W + 6} y={mid} dominantBaseline="middle" fill={INK} fontSize="13" fontStyle="italic">
                  {ts.antallBytter(formatFigure(f.n))}
                </text>
              ) : (
                <g stroke={INK} strokeWidth="1.5">
                  <line x1={x(f.min)} x2={x(f.max)} y1={mid} y2={mid} />
                  <line x1={x(f.min)} x2={x(f.min)} y1={mid - 7} y2={mid + 7} />
                  <line x1={x(f.max)} x2={x(f.max)} y1={mid - 7} y2={mid + 7} />
                  <rect x={x(f.p25)} y={mid - 12} width={Math.max(2, x(f.p75) - x(f.p25))} height="24" fill="#e5ecfb" />
                  <line x1={x(f.median)} x2={x(f.median)} y1={mid - 12} y2={mid + 12} strokeWidth="4" />
                </g>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
