import type { Recording } from './scenario';

type Run = Recording['runs'][number];

/** A scenario's runs as one text, so a failing comparison shows a line diff. */
export function transcript(runs: Run[]): string {
  return runs
    .map((run) => {
      const input = run.stdin !== undefined ? ` <<< ${JSON.stringify(run.stdin)}` : '';
      return [
        `$ virsh ${JSON.stringify(run.args)}${input}`,
        `--- stdout`,
        run.stdout,
        `--- stderr`,
        run.stderr,
        `--- status ${run.status}`,
      ].join('\n');
    })
    .join('\n\n');
}
