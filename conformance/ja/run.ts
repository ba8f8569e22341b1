import { spawnSync } from 'node:child_process';
import type { Output } from '../../lib/shell/session';

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

const utf8 = (bytes: string) => Buffer.from(bytes, 'latin1').toString('utf8');

/** VirtLab's virsh output (bytes as latin1 characters, as virsh prints bytes) as text, its notes too. */
export const decodeOut = (r: Output) => ({
  stdout: utf8(r.stdout),
  stderr: utf8(r.stderr),
  notes: r.notes?.map((n) => ({ ...n, text: utf8(n.text) })),
});
