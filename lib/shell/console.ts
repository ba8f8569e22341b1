import type { World } from '../sim/types';
import { findHost, updateHost } from '../sim/world';
import { advanceJobs } from '../sim/ops/migrate/advance';
import { memoryFs, type HostFs } from './host-fs';
import { virshMain } from './virsh-main';
import { xlMain } from './xl/main';
import { xmMain } from './xm/main';
import { shellWords } from './shell-words';
import { hostTools, pipeThrough } from './host-tools';
import { guestTools } from './images/guest-tools';

/** A line typed at the lab console, as root on one host: `virsh ...`, `xm ...`, `xl ...` and a few host tools. */
export interface ConsoleInput {
  world: World;
  host: string;
  line: string;
  now: number;
  cwd?: string;
  /** Leave long jobs running instead of waiting for them (as `virsh migrate ... &` would): the API's migrate, watched by the UI. */
  background?: boolean;
}
export interface ConsoleOutput {
  world: World;
  stdout: string;
  stderr: string;
  status: number;
  cwd: string;
  tools: string[];
}

export const consoleTools = [
  'virsh',
  'xm',
  'xl',
  'cat',
  'ls',
  'ln',
  'rm',
  'sed',
  'service',
  '/etc/init.d/xend',
  'lsmod',
  'grep',
  'egrep',
  'uname',
  'hostname',
  'help',
  ...guestTools,
] as const;

/** The host's virtual files, written back into the world as commands change them. */
export function worldFs(get: () => World, set: (w: World) => void, host: string, cwd = '/root'): HostFs {
  return memoryFs(
    findHost(get(), host)?.files ?? {},
    (files) => set(updateHost(get(), host, (h) => ({ ...h, files }))),
    cwd,
  );
}

export function runConsoleLine(input: ConsoleInput): ConsoleOutput {
  // Jobs (migrations) move with time: bring the world to `now` before the line runs.
  let world = advanceJobs(input.world, input.now).world;
  let stdout = '',
    stderr = '',
    status = 0;
  const tools: string[] = [];
  const parsed = shellWords(input.line);
  if (!parsed.ok)
    return { world, stdout, stderr: `-bash: ${parsed.error}\n`, status: 2, cwd: input.cwd ?? '/root', tools };
  const fs = worldFs(
    () => world,
    (w) => {
      world = w;
    },
    input.host,
    input.cwd ?? '/root',
  );
  for (const pipeline of parsed.commands) {
    const [tool, ...argv] = pipeline[0];
    tools.push(tool);
    let r: { stdout: string; stderr: string; status: number; world?: World | null };
    const host = findHost(world, input.host)!;
    const stages = { world, host: input.host, fs, pipeline: pipeline.slice(1), now: input.now };
    if (tool === 'virsh') {
      const hasUri = argv.some(
        (a) => a === '-c' || a === '--connect' || a.startsWith('--connect=') || a.startsWith('-c'),
      );
      r = virshMain({
        argv: hasUri ? argv : ['-c', host.uri, ...argv],
        fs,
        now: input.now,
        world,
        localHostname: host.hostname,
        background: input.background,
      });
    } else if (tool === 'xm' || tool === 'xl') {
      r = (tool === 'xm' ? xmMain : xlMain)({
        argv,
        world,
        host: input.host,
        fs,
        now: input.now,
        background: input.background,
      });
    } else {
      r = hostTools(tool, argv, stages);
    }
    if ((tool === 'virsh' || tool === 'xm' || tool === 'xl') && pipeline.length > 1) {
      r = { ...pipeThrough({ stdout: r.stdout, stderr: r.stderr, status: r.status }, stages), world: r.world };
    }
    // A `virsh -c test:///default` opens its own world; it never replaces the lab.
    if (r.world?.hosts.some((h) => h.name === input.host))
      world = {
        ...r.world,
        hosts: r.world.hosts.map((h) =>
          h.name === input.host ? { ...h, files: findHost(world, input.host)!.files } : h,
        ),
      };
    stdout += r.stdout;
    stderr += r.stderr;
    status = r.status;
  }
  return { world, stdout, stderr, status, cwd: fs.cwd(), tools };
}
