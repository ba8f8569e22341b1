/**
 * How long the migration model takes to simulate a 64 GiB live migration to its end.
 * `npx tsx bench/migration.ts` prints the figures; bench/run.ts imports benchMigration.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { simulateMigration } from '../lib/sim/migration/model';
import type { MigrationParams } from '../lib/sim/migration/types';

const GUEST_MIB = 64 * 1024;
const TARGET = '<= 10 ms';

/** A converging, a Xen-forced and a never-converging (runs to the simulation cap) case. */
const CASES: [name: string, params: MigrationParams][] = [
  [
    'migration: 64 GiB live, qemu, 10 GbE, 500 MiB/s dirty',
    { mode: 'live', policy: 'qemu', memoryMib: GUEST_MIB, bandwidthMibps: 1192, dirtyRateMibps: 500 },
  ],
  [
    'migration: 64 GiB live, qemu auto-converge, dirty > bandwidth',
    {
      mode: 'live',
      policy: 'qemu',
      memoryMib: GUEST_MIB,
      bandwidthMibps: 1192,
      dirtyRateMibps: 3000,
      autoConverge: true,
    },
  ],
  [
    'migration: 64 GiB live, xen, dirty > bandwidth (max-factor)',
    { mode: 'live', policy: 'xen', memoryMib: GUEST_MIB, bandwidthMibps: 1192, dirtyRateMibps: 3000 },
  ],
  [
    'migration: 64 GiB live, qemu, never converges (1 GiB WWS, to the 10,000-round cap)',
    { mode: 'live', policy: 'qemu', memoryMib: GUEST_MIB, bandwidthMibps: 1192, dirtyRateMibps: 3000, wwsMib: 1024 },
  ],
];

function medianMs(params: MigrationParams, runs: number): number {
  for (let i = 0; i < 20; i++) simulateMigration(params);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    simulateMigration(params);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

export function benchMigration(): { name: string; value: number; unit: string; target: string }[] {
  return CASES.map(([name, params]) => ({
    name,
    value: Number(medianMs(params, 201).toFixed(4)),
    unit: 'ms',
    target: TARGET,
  }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of benchMigration()) console.log(`${r.name}: ${r.value} ${r.unit} (target ${r.target})`);
}
