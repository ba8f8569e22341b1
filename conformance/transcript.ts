import type { Recording } from './scenario';

type Run = Recording['runs'][number];

/**
 * A stream with its line ends shown: every `\n` as `⏎`, so blank lines, trailing spaces and a
 * missing final newline are visible in a diff.
 */
function showLines(text: string): string {
  return text
    .split('\n')
    .map((line, i, all) => (i < all.length - 1 ? `${line}⏎` : line))
    .filter((line) => line !== '')
    .join('\n');
}

/** A scenario's runs as one text, so a failing comparison shows a line diff. */
export function transcript(runs: Run[]): string {
  return runs
    .map((run) => {
      const input = run.stdin !== undefined ? ` <<< ${JSON.stringify(run.stdin)}` : '';
      return [
        `$ virsh ${JSON.stringify(run.args)}${input}`,
        `--- stdout`,
        showLines(run.stdout),
        `--- stderr`,
        showLines(run.stderr),
        `--- status ${run.status}`,
      ].join('\n');
    })
    .join('\n\n');
}
