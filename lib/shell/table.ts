import { tableCell } from './table-cell';

/**
 * virsh's vshTable layout: a leading space, columns left-aligned to their widest cell and
 * separated by three spaces (the last column unpadded), a dash rule of sum(widths) + 3 × columns.
 * Cells are bytes; `utf8` says whether the locale's charset is UTF-8 (else C: ASCII only).
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  quiet = false,
  /** Columns a cell takes on a terminal (virsh measures display width: 実行中 takes 6). */
  width: (s: string) => number = (s) => s.length,
  utf8 = false,
): string {
  // Bytes (one character each) are escaped as vshTableSafeEncode does; text already decoded
  // (translated output, characters past U+00FF) is measured with `width`.
  const cell = (s: string) =>
    [...s].some((c) => c.codePointAt(0)! > 0xff) ? { text: s, width: width(s) } : tableCell(s, utf8);
  const cells = rows.map((r) => header.map((_, i) => cell(r[i] ?? '')));
  // With -q virsh prints neither header nor rule, and sizes the columns to the rows alone.
  const widths = header.map((h, i) => Math.max(quiet ? 0 : width(h), ...cells.map((r) => r[i].width)));
  const line = (row: readonly { text: string; width: number }[]) =>
    ` ${row.map((c, i) => (i === row.length - 1 ? c.text : `${c.text}${' '.repeat(Math.max(0, widths[i] - c.width))}   `)).join('')}`;
  const rule = '-'.repeat(widths.reduce((a, b) => a + b, 0) + 3 * widths.length);
  if (quiet) return cells.map((r) => `${line(r)}\n`).join('');
  return `${[line(header.map((h) => ({ text: h, width: width(h) }))), rule, ...cells.map(line)].join('\n')}\n`;
}
