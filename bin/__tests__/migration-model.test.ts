import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'bin/migration-model.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm run migration-model', () => {
  it('prints the plan as the JSON contract', () => {
    const out = run(
      '--mode',
      'live',
      '--policy',
      'qemu',
      '--memory-mib',
      '1024',
      '--bandwidth-mibps',
      '128',
      '--dirty-rate-mibps',
      '32',
      '--json',
    );
    expect(out.status).toBe(0);
    const plan = JSON.parse(out.stdout);
    expect(Object.keys(plan)).toEqual([
      'total_time_s',
      'downtime_ms',
      'rounds',
      'transferred_mib',
      'converged',
      'stop_reason',
      'round_log',
    ]);
    expect(plan).toMatchObject({
      rounds: 4,
      downtime_ms: 125,
      transferred_mib: 1360,
      converged: true,
      stop_reason: 'converged',
      total_time_s: 10.625,
    });
    expect(plan.round_log[0]).toMatchObject({ round: 1, start_s: 0, duration_s: 8, sent_mib: 1024, dirtied_mib: 256 });
  }, 60_000);

  it('rejects bad arguments with a message and exit status 1, no stack trace', () => {
    const out = run('--mode', 'live', '--policy', 'xen', '--memory-mib', 'lots', '--bandwidth-mibps', '128', '--json');
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain("--memory-mib needs a number, not 'lots'");
    expect(out.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
