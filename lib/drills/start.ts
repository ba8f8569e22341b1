import { bootedAnHourAgo } from '../sim/worlds/builders';
import { labWorld } from '../sim/worlds/lab';
import type { World } from '../sim/types';
import type { DrillLab } from './types';

/** Questions happen at one fixed lab time, so a seed gives the same outputs (uptimes, event times) anywhere. */
export const DRILL_TIME = Date.UTC(2026, 0, 5, 9, 0, 0);

let lab: World | null = null;
/** The built-in lab, as a fresh lab starts (the simulator never changes a world in place, so one copy serves all). */
export function drillLab(host: string, world?: World): DrillLab {
  lab ??= bootedAnHourAgo(labWorld(), DRILL_TIME);
  return { world: world ?? lab, now: DRILL_TIME, host };
}

/** The guests of the built-in lab a lifecycle question may use, by host. */
export const kvmGuests = [
  { host: 'kvm1', name: 'web01' },
  { host: 'kvm1', name: 'db01' },
  { host: 'kvm1', name: 'win10' },
  { host: 'kvm1', name: 'build01' },
  { host: 'kvm2', name: 'mail01' },
  { host: 'kvm2', name: 'test01' },
] as const;

/** Distinct items not equal to `right`, in `pick`'s order, at most `n`. */
export function distinctOthers(right: string, pool: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (const p of pool) if (p !== right && !out.includes(p) && out.length < n) out.push(p);
  return out;
}
