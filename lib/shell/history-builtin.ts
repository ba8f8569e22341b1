/**
 * bash's `history` builtin over the lines typed at this host's console (the journal keeps them, the
 * line running now last, as bash adds it before running it): `history` and `history N`, numbered
 * as bash prints them (`%5d  %s`). Its options edit or write a history file the lab does not keep.
 */
export function historyBuiltin(argv: readonly string[], lines: readonly string[]) {
  const listed = (from: number) =>
    lines
      .slice(from)
      .map((l, i) => `${String(from + i + 1).padStart(5)}  ${l}\n`)
      .join('');
  const fail = (message: string, status = 1) => ({ stdout: '', stderr: `-bash: history: ${message}\n`, status });
  if (argv.length === 0) return { stdout: listed(0), stderr: '', status: 0 };
  if (argv[0].startsWith('-') && argv[0] !== '-' && !/^-\d+$/.test(argv[0]))
    return fail(`${argv[0]}: option not simulated by VirtLab (the console keeps every line)`);
  if (argv.length > 1) return fail('too many arguments');
  if (!/^\d+$/.test(argv[0])) return fail(`${argv[0]}: numeric argument required`);
  return { stdout: listed(Math.max(0, lines.length - Number(argv[0]))), stderr: '', status: 0 };
}
