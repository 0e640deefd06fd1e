import { useId } from 'react';
import { formatFigure, HIDDEN_TEXT } from '../../../shared/stats/format';
import type { Figure } from '../../../shared/stats/suppression';
import { HatchPattern, INK, Legend, seriesFill } from './series';

export interface BarGroup {
  label: string;
  /** One figure per series; null is hidden (fewer than three). */
  values: readonly Figure[];
}

const WIDTH = 640;
const LABEL_W = 190;
const BAR_H = 18;
const BAR_GAP = 4;
const GROUP_GAP = 14;
const VALUE_W = 90;

/**
 * Horizontal bars, grouped (one bar per series in each group), as an accessible image: its
 * name carries every figure, and the same figures are in a table beside it. A hidden figure
 * draws no bar and says so.
 */
export function BarChart({ title, series, groups }: { title: string; series: readonly string[]; groups: readonly BarGroup[] }) {
  const hatchId = useId().replaceAll(':', '');
  const max = Math.max(1, ...groups.flatMap((g) => g.values.filter((v): v is number => v !== null)));
  const plot = WIDTH - LABEL_W - VALUE_W;
  const groupH = series.length * BAR_H + (series.length - 1) * BAR_GAP;
  const height = groups.length * groupH + (groups.length - 1) * GROUP_GAP + 2;
  const description = groups
    .map((g) => `${g.label}: ${g.values.map((v, i) => (series.length > 1 ? `${series[i]} ${formatFigure(v)}` : formatFigure(v))).join(', ')}`)
    .join('; ');

  return (
    <figure className="bo-chart">
      <figcaption>{title}</figcaption>
      {series.length > 1 && <Legend series={series} hatchId={hatchId} />}
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${title}. ${description}.`} preserveAspectRatio="xMinYMin meet">
        <defs>
          <HatchPattern id={hatchId} />
        </defs>
        {groups.map((g, gi) => {
          const top = gi * (groupH + GROUP_GAP) + 1;
          return (
            <g key={g.label}>
              <text x={LABEL_W - 10} y={top + groupH / 2} textAnchor="end" dominantBaseline="middle" fill={INK} fontSize="14">
                {g.label}
              </text>
              {g.values.map((v, si) => {
                const y = top + si * (BAR_H + BAR_GAP);
                if (v === null) {
                  return (
                    <text key={si} x={LABEL_W + 4} y={y + BAR_H / 2} dominantBaseline="middle" fill={INK} fontSize="13" fontStyle="italic">
                      {HIDDEN_TEXT}
                    </text>
                  );
                }
                const w = Math.max(v > 0 ? 2 : 0, (v / max) * plot);
                return (
                  <g key={si}>
                    <rect x={LABEL_W} y={y} width={w} height={BAR_H} {...seriesFill(si, hatchId)} strokeWidth="1" />
                    <text x={LABEL_W + w + 6} y={y + BAR_H / 2} dominantBaseline="middle" fill={INK} fontSize="13">
                      {formatFigure(v)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <line x1={LABEL_W} x2={LABEL_W} y1="0" y2={height} stroke={INK} strokeWidth="1" />
      </svg>
    </figure>
  );
}
