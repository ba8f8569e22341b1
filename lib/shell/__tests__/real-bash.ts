import { spawnSync } from 'node:child_process';

/**
 * Real bash 5.2 running `line` non-interactively in `cwd`: stdout, stderr and status, its "bash: line 1:"
 * prefix written as a login shell's "-bash:" (what the lab's console prints).
 */
export function realBash(line: string, cwd = '/tmp') {
  const r = spawnSync('bash', ['--norc', '-c', line], {
    cwd,
    encoding: 'utf8',
    timeout: 10_000,
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
  });
  return { out: r.stdout, err: r.stderr.replaceAll('bash: line 1: ', '-bash: '), status: r.status };
}
