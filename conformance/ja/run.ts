import { spawnSync } from 'node:child_process';

/** What a Japanese host's virsh printed: real virsh with LANGUAGE=ja in a UTF-8 locale. */
export function runRealVirshJa(line: string) {
  const r = spawnSync('virsh', ['-c', 'test:///default', line], {
    timeout: 10_000,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LANGUAGE: 'ja',
      LANG: 'C.UTF-8',
      TERM: 'dumb',
    } as unknown as NodeJS.ProcessEnv,
  });
  if (r.status === null) throw new Error(`virsh '${line}' did not finish`);
  return { line, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), status: r.status };
}

/** The wall-clock figures of libvirt's test driver, in either language (and in ASCII: "CPU ??"). */
export const normaliseJa = (s: string) =>
  s
    .replace(/^(CPU (?:時間|time|\?\?):\s+)\d+(?:\.\d+)?s$/gm, '$1<cpu-time>s')
    // A snapshot's creation time (always 25 characters, so the table keeps its widths).
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}/g, '<creation-time----------->');
