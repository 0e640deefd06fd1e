/**
 * How the charts tell series apart without colour (WCAG 1.4.1): the first series is solid, the
 * second hatched with an outline. Both are dark enough against white for 3:1 (WCAG 1.4.11).
 */
export const INK = '#2a2859';
const HATCH = '#1f42aa';
const HATCH_BG = '#e5ecfb';

/** The pattern the hatched series uses; one per chart, so ids stay unique on the page. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={HATCH_BG} />
      <line x1="0" y1="0" x2="0" y2="6" stroke={HATCH} strokeWidth="3" />
    </pattern>
  );
}

export function seriesFill(series: number, hatchId: string): { fill: string; stroke: string } {
  return series === 0 ? { fill: INK, stroke: INK } : { fill: `url(#${hatchId})`, stroke: INK };
}

/** The legend as text with a swatch, outside the image, so it is read and zoomed like text. */
export function Legend({ series, hatchId }: { series: readonly string[]; hatchId: string }) {
  return (
    <ul className="bo-legend">
      {series.map((label, i) => (
        <li key={label}>
          <svg width="18" height="14" aria-hidden="true" focusable="false">
            <defs>{i > 0 && <HatchPattern id={`${hatchId}-legend`} />}</defs>
            <rect x="0.5" y="0.5" width="17" height="13" {...seriesFill(i, `${hatchId}-legend`)} />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
