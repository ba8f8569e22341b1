import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { ApiEvent } from '@/lib/api/contract';
import { connectArgs, type VirshOptions, virshEnv } from './types';

const TYPES: Record<string, ApiEvent['type']> = {
  lifecycle: 'lifecycle',
  'job-completed': 'job',
  'migration-iteration': 'migration-iteration',
};

/**
 * One line of `virsh event --all --loop` ("event 'lifecycle' for domain 'web01': Suspended Paused"), or null.
 * A `job-completed` line ends at the colon (its figures follow on tab-indented lines, which are skipped).
 */
export function parseEventLine(line: string, host: string, id: string, time: number): ApiEvent | null {
  const m = /^event '([\w-]+)' for domain '(.*)':(?: (.*))?$/.exec(line);
  const type = m ? TYPES[m[1]] : undefined;
  if (!m || !type) return null;
  const [event, ...rest] = (m[3] ?? '').split(' ');
  return { id, time, host, domain: m[2], type, event, detail: rest.join(' '), text: line };
}

/**
 * `virsh event --all --loop` for a connection whose guests live in a daemon: each line as it comes.
 * A virsh that exits (the daemon restarted, ssh dropped) is started again after `retryMs`.
 * Returns the stop function.
 */
export function followEvents(o: VirshOptions, onLine: (line: string) => void, retryMs = 5000): () => void {
  let child: ChildProcess | null = null;
  let stopped = false;
  const start = () => {
    const c = spawn(/*turbopackIgnore: true*/ o.binary ?? 'virsh', [...connectArgs(o), 'event', '--all', '--loop'], {
      env: virshEnv(),
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    child = c;
    if (c.stdout) createInterface({ input: c.stdout }).on('line', onLine);
    c.on('error', () => {});
    c.on('exit', () => {
      if (!stopped) setTimeout(start, retryMs).unref();
    });
  };
  start();
  return () => {
    stopped = true;
    child?.kill('SIGKILL');
  };
}
