/** Stripes on whatever is paused (bands and stop-and-copy bars), so it does not rest on colour alone. */
export function ChartDefs() {
  return (
    <defs>
      <pattern id="compare-hatch" width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1={0} y1={0} x2={0} y2={6} strokeWidth={2.2} className="stroke-bg" opacity={0.45} />
      </pattern>
    </defs>
  );
}
