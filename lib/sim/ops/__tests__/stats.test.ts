import { describe, expect, it } from 'vitest';
import { testDefaultWorld } from '../../worlds/test-default';
import type { World } from '../../types';
import { domainDestroy } from '../lifecycle';
import {
  domainBlockInfo,
  domainBlockStats,
  domainCpuStats,
  domainInterfaceStats,
  domainMemoryStats,
  parseMac,
} from '../stats';
import { domainGetSchedulerParameters, domainSetSchedulerParameters } from '../scheduler';
import { domainGetMemoryParameters, domainSetMemoryParameters, MEMORY_UNLIMITED } from '../tuning';
import { domainCoreDumpFinish, domainCoreDumpStart, DUMP } from '../dump';
import { withTestIfnames } from '../devices';
import { makeDef } from '../../worlds/builders';

const UUID = '6695eb01-f6a4-8304-79aa-97f2502e193f';
const NOW = 1_795_618_754_569;
const ctx = (world: World = testDefaultWorld()) => ({ world, host: 'test', now: NOW });
const off = () => {
  const r = domainDestroy(ctx(), UUID);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.world;
};
const value = <T>(r: { ok: boolean; value?: T }) => (r as { value: T }).value;

describe('statistics the test driver fakes', () => {
  it('block and interface counters derive from the wall clock in microseconds', () => {
    expect(value(domainBlockStats(ctx(), UUID, 'vda'))).toEqual([
      ['rd_req', 179561875456900n],
      ['rd_bytes', 89780937728450n],
      ['wr_req', 59853958485633n],
      ['wr_bytes', 44890468864225n],
      ['errs', 897809377n],
    ]);
    expect(value(domainInterfaceStats(ctx(), UUID, 'AA:BB:CC:DD:EE:FF'))![0]).toEqual(['rx_bytes', 179561875456900n]);
    expect(domainBlockStats(ctx(), UUID, '')).toMatchObject({
      error: { message: 'Operation not supported: summary statistics are not supported yet' },
    });
    expect(domainInterfaceStats(ctx(off()), UUID, 'testnet0')).toMatchObject({
      error: { message: 'Requested operation is not valid: domain is not running' },
    });
  });

  it('block info is fixed, also for a shut-off domain; an empty cdrom has no source', () => {
    expect(value(domainBlockInfo(ctx(off()), UUID, '/guest/diskimage1'))).toEqual({
      capacity: 1099506450432n,
      allocation: 1099511627776n,
      physical: 1099511627776n,
    });
    expect(domainBlockInfo(ctx(), UUID, 'vdb')).toMatchObject({
      error: { message: 'invalid argument: invalid path vdb not assigned to domain' },
    });
  });

  it('memory statistics come from the balloon; cpu stats split the fixed total over nodeinfo cores', () => {
    expect(value(domainMemoryStats(ctx(), UUID))).toContainEqual(['last_update', 627319920]);
    const cpu = value(domainCpuStats(ctx(), UUID))!;
    expect([cpu.cpus, cpu.perCpu(1)]).toEqual([
      2,
      [
        ['cpu_time', 24386308518n],
        ['vcpu_time', 23151740628n],
      ],
    ]);
  });

  it('memtune limits are stored in KiB; a hard limit above the swap limit is refused', () => {
    const set = domainSetMemoryParameters(ctx(), UUID, { hard_limit: 1048576 }, {});
    expect(value(domainGetMemoryParameters(ctx(value(set)!.world), UUID, {}))).toEqual([
      ['hard_limit', 1048576],
      ['soft_limit', MEMORY_UNLIMITED],
      ['swap_hard_limit', MEMORY_UNLIMITED],
    ]);
    expect(domainSetMemoryParameters(ctx(), UUID, { swap_hard_limit: 100 }, {})).toMatchObject({ ok: false });
  });

  it('the test scheduler is "fair" with weight 50 and refuses flags', () => {
    expect(value(domainGetSchedulerParameters(ctx(), UUID, null))).toEqual([{ field: 'weight', value: 50 }]);
    expect(domainGetSchedulerParameters(ctx(), UUID, 2)).toMatchObject({
      error: { message: 'unsupported flags (0x6) in function testDomainGetSchedulerParametersFlags' },
    });
    const w = value(domainSetSchedulerParameters(ctx(), UUID, [{ field: 'weight', value: 10 }], null))!.world;
    expect(value(domainGetSchedulerParameters(ctx(w), UUID, null))).toEqual([{ field: 'weight', value: 50 }]);
  });

  it('dump --crash leaves the domain shut off (crashed); crash and reset exclude each other', () => {
    expect(domainCoreDumpStart(ctx(), UUID, DUMP.crash | DUMP.reset)).toMatchObject({
      error: { message: "Flags 'VIR_DUMP_CRASH' and 'VIR_DUMP_RESET' are mutually exclusive" },
    });
    const w = value(domainCoreDumpFinish(ctx(), UUID, DUMP.crash, 'raw'))!.world;
    expect(w.hosts[0].domains[0]).toMatchObject({ state: 'shut off', reason: 'crashed' });
  });

  it('names interfaces testnet0, testnet1 ... around the names already taken', () => {
    const def = makeDef('g', 'u', {
      interfaces: [
        { type: 'network', source: 'default', mac: '52:54:00:00:00:01' },
        { type: 'network', source: 'default', mac: '52:54:00:00:00:02', target: 'testnet0' },
      ],
    });
    expect(withTestIfnames(def).interfaces.map((n) => n.target)).toEqual(['testnet1', 'testnet0']);
    expect(parseMac('52:54:0:0:0:1')).toBe('52:54:00:00:00:01');
  });
});
