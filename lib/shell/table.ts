/**
 * virsh's vshTable layout: a leading space, columns left-aligned to their widest cell and
 * separated by three spaces (the last column unpadded), a dash rule of sum(widths) + 3 × columns.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  quiet = false,
  /** Columns a cell takes on a terminal (virsh measures display width: 実行中 takes 6). */
  width: (s: string) => number = (s) => s.length,
): string {
  // With -q virsh prints neither header nor rule, and sizes the columns to the rows alone.
  const widths = header.map((h, i) => Math.max(quiet ? 0 : width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const pad = (c: string, w: number) => c + ' '.repeat(Math.max(0, w - width(c)));
  const line = (cells: readonly string[]) =>
    ` ${cells.map((c, i) => (i === cells.length - 1 ? c : `${pad(c, widths[i])}   `)).join('')}`;
  const rule = '-'.repeat(widths.reduce((a, b) => a + b, 0) + 3 * widths.length);
  if (quiet) return rows.map((r) => `${line(r)}\n`).join('');
  return `${[line(header), rule, ...rows.map(line)].join('\n')}\n`;
}
