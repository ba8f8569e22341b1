import { runConsoleLine } from '../shell/console';
import type { World } from '../sim/types';
import type { DrillLab, DrillStep } from './types';

export interface Ran {
  world: World;
  /** The last step's stdout and stderr, as the console prints them. */
  stdout: string;
  stderr: string;
  status: number;
}

/** Runs steps from `lab` as the console would (time moves to each step's `atS`); jobs run in the background. */
export function runSteps(lab: DrillLab, steps: readonly DrillStep[]): Ran {
  let ran: Ran = { world: lab.world, stdout: '', stderr: '', status: 0 };
  for (const s of steps) {
    const r = runConsoleLine({
      world: ran.world,
      host: s.host,
      line: s.line,
      now: lab.now + (s.atS ?? 0) * 1000,
      background: true,
    });
    ran = { world: r.world, stdout: r.stdout, stderr: r.stderr, status: r.status };
  }
  return ran;
}

/** The last `error: ...` line a refused command printed (virsh prints "Failed to ..." first). */
export const lastError = (stderr: string) =>
  stderr
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('error: ') || l.startsWith('Error: '))
    .at(-1) ?? '';

/** Every domain's name, state and reason on every host: what "reaches the same state" compares. */
export const stateSignature = (world: World) =>
  world.hosts
    .map((h) =>
      h.domains
        .map((d) => {
          const def = d.live ?? d.config;
          return `${h.name}/${def?.name}:${d.state}(${d.reason}) mem=${def?.currentMemoryKiB} vcpus=${def?.vcpus} auto=${d.autostart}`;
        })
        .join(' '),
    )
    .join('\n');
