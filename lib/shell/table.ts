/**
 * virsh's vshTable layout: a leading space, columns left-aligned to their widest cell and
 * separated by three spaces (the last column unpadded), a dash rule of sum(widths) + 3 × columns.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    ' ' + cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]) + '   ')).join('');
  const rule = '-'.repeat(widths.reduce((a, b) => a + b, 0) + 3 * widths.length);
  return [line(header), rule, ...rows.map(line)].join('\n') + '\n';
}
