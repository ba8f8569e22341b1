/** The conformance suite itself: enough scenarios, every listed subcommand covered, every recording present. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarios } from './scenarios';
import { fixturesDir, recordingPath } from './paths';
import type { Recording } from './scenario';

/** The virsh subcommands the lab teaches; each must be exercised by some scenario. */
const required = [
  'define',
  'undefine',
  'create',
  'start',
  'shutdown',
  'reboot',
  'reset',
  'destroy',
  'suspend',
  'resume',
  'save',
  'restore',
  'managedsave',
  'managedsave-remove',
  'save-image-dumpxml',
  'setmem',
  'setmaxmem',
  'setvcpus',
  'vcpupin',
  'vcpuinfo',
  'vcpucount',
  'emulatorpin',
  'autostart',
  'dominfo',
  'domstate',
  'domid',
  'domname',
  'domuuid',
  'domrename',
  'dommemstat',
  'memtune',
  'maxvcpus',
  'schedinfo',
  'cpu-stats',
  'dump',
  'domjobinfo',
  'domjobabort',
  'snapshot-create-as',
  'snapshot-list',
  'snapshot-revert',
  'domblklist',
  'domblkinfo',
  'domblkstat',
  'domiflist',
  'domifstat',
  'domif-getlink',
  'domif-setlink',
  'nodeinfo',
  'nodecpumap',
  'freecell',
  'capabilities',
  'sysinfo',
  'console',
  'dumpxml',
  'list',
  'help',
  'echo',
  'quit',
  'exit',
  'uri',
  'version',
  'connect',
  'cd',
  'pwd',
];

describe('conformance suite', () => {
  it('has at least 100 scenarios with unique kebab-case ids', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(100);
    const ids = scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('covers every subcommand the lab teaches', () => {
    const covered = new Set(scenarios.flatMap((s) => s.covers));
    expect(required.filter((name) => !covered.has(name))).toEqual([]);
  });

  it('uses only fixtures that exist', () => {
    for (const s of scenarios.filter((s) => s.fixture))
      expect(existsSync(join(fixturesDir, s.fixture!)), s.id).toBe(true);
  });

  it('has an up-to-date recording for every scenario', () => {
    for (const s of scenarios) {
      expect(existsSync(recordingPath(s.id)), `${s.id}: run npm run record-conformance ${s.id}`).toBe(true);
      const recording = JSON.parse(readFileSync(recordingPath(s.id), 'utf8')) as Recording;
      const recorded = recording.runs.map((r) => ({ args: r.args, stdin: r.stdin }));
      expect(recorded, `${s.id}: recording is stale`).toEqual(s.runs.map((r) => ({ args: r.args, stdin: r.stdin })));
    }
  });
});
