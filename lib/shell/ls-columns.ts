import { displayWidth } from './l10n/display-width';

/** ls's narrowest column: one character and the two spaces after it (ls.c MIN_COLUMN_WIDTH). */
const MIN_COLUMN_WIDTH = 3;

/**
 * ls's indent(): from column `from` to `to` with tabs where a tab stop (every `tabsize`, 8 unless
 * -T) is reached before `to`, spaces for the rest; `tabsize` 0 is spaces only.
 */
function indent(from: number, to: number, tabsize: number): string {
  let s = '';
  while (from < to) {
    if (tabsize !== 0 && Math.floor(to / tabsize) > Math.floor((from + 1) / tabsize)) {
      s += '\t';
      from += tabsize - (from % tabsize);
    } else {
      s += ' ';
      from++;
    }
  }
  return s;
}

/**
 * GNU ls 9.1's `-C` (down the columns) and `-x` (across) layouts for a line of `width` columns
 * (0: no limit), as ls.c's calculate_columns chooses them: the most columns whose widths — each the
 * widest name in it plus two spaces, none after the last — fit in less than the width; names are as
 * wide as they show (a CJK character takes two columns); the gaps are filled as indent() fills them.
 */
export function lsColumns(names: readonly string[], width: number, across: boolean, tabsize = 8): string {
  // Without a width limit all names share one line, two spaces apart (ls 9.1 uses no tabs then).
  if (width === 0) return names.length ? `${names.join('  ')}\n` : '';
  const n = names.length;
  if (n === 0) return '';
  const lens = names.map(displayWidth);
  const line = width;
  const maxIdx = Math.floor(line / MIN_COLUMN_WIDTH) + (line % MIN_COLUMN_WIDTH !== 0 ? 1 : 0);
  const maxCols = Math.min(maxIdx, n);
  const info = Array.from({ length: maxCols }, (_, i) => ({
    valid: true,
    lineLen: (i + 1) * MIN_COLUMN_WIDTH,
    col: new Array<number>(i + 1).fill(MIN_COLUMN_WIDTH),
  }));
  for (let f = 0; f < n; f++)
    for (let i = 0; i < maxCols; i++) {
      const c = info[i];
      if (!c.valid) continue;
      const idx = across ? f % (i + 1) : Math.floor(f / Math.floor((n + i) / (i + 1)));
      const real = lens[f] + (idx === i ? 0 : 2);
      if (c.col[idx] < real) {
        c.lineLen += real - c.col[idx];
        c.col[idx] = real;
        c.valid = c.lineLen < line;
      }
    }
  let cols = maxCols;
  while (cols > 1 && !info[cols - 1].valid) cols--;
  const widths = info[cols - 1].col;
  let out = '';
  if (across) {
    let pos = 0;
    for (let f = 0; f < n; f++) {
      const col = f % cols;
      if (f > 0 && col === 0) {
        out += '\n';
        pos = 0;
      } else if (f > 0) {
        out += indent(pos + lens[f - 1], pos + widths[col - 1], tabsize);
        pos += widths[col - 1];
      }
      out += names[f];
    }
    return `${out}\n`;
  }
  const rows = Math.ceil(n / cols);
  for (let row = 0; row < rows; row++) {
    let pos = 0;
    for (let f = row, col = 0; ; col++) {
      out += names[f];
      const next = f + rows;
      if (next >= n) break;
      out += indent(pos + lens[f], pos + widths[col], tabsize);
      pos += widths[col];
      f = next;
    }
    out += '\n';
  }
  return out;
}
