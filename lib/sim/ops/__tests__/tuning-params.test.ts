import { describe, expect, it } from 'vitest';
import type { World } from '../../types';
import { testDefaultWorld } from '../../worlds/test-default';
import { domainGetBlkioParameters, domainSetBlkioParameters } from '../blkio';
import { domainGetBlockIoTune, domainSetBlockIoTune, domainSetInterfaceParameters } from '../device-tuning';
import { domainAddIOThread, domainDelIOThread, domainGetIOThreadInfo, domainPinIOThread } from '../iothreads';
import { domainGetNumaParameters, domainSetNumaParameters, domainSetPerfEvents } from '../numa-perf';
import { validateParams } from '../typed-params';

const UUID = '6695eb01-f6a4-8304-79aa-97f2502e193f';
const ctx = (world: World = testDefaultWorld()) => ({ world, host: 'test', now: 0 });
const world = (r: { ok: boolean; value?: { world: World } }) => {
  if (!r.ok || !r.value) throw new Error('expected success');
  return r.value.world;
};
const message = (r: { ok: boolean; error?: { message: string } }) => (r.ok ? 'ok' : r.error?.message);

describe('virTypedParamsValidate', () => {
  it('reports the first repeated or unknown name in sorted order', () => {
    expect(message(validateParams(['zz', 'cmt', 'cmt'], ['cmt']))).toBe(
      "invalid argument: parameter 'cmt' occurs multiple times",
    );
    expect(message(validateParams(['thread_pool_min', 'thread_pool_max'], []))).toBe(
      "argument unsupported: parameter 'thread_pool_max' not supported",
    );
    expect(validateParams(['a', 'b'], ['a', 'b']).ok).toBe(true);
  });
});

describe('blkio parameters', () => {
  it('merges device lists by path, drops new zero entries, and reports them as "path,value"', () => {
    let w = world(domainSetBlkioParameters(ctx(), UUID, [['device_weight', '/dev/sda,500,/dev/sdb,0']], {}));
    w = world(domainSetBlkioParameters(ctx(w), UUID, [['device_read_iops_sec', '/dev/sda,7']], {}));
    const got = domainGetBlkioParameters(ctx(w), UUID, {});
    expect(got.ok && got.value).toEqual([
      ['weight', '0'],
      ['device_weight', '/dev/sda,500'],
      ['device_read_iops_sec', '/dev/sda,7'],
      ['device_write_iops_sec', ''],
      ['device_read_bytes_sec', ''],
      ['device_write_bytes_sec', ''],
    ]);
  });

  it('applies what parses and fails with the last list it could not parse', () => {
    const r = domainSetBlkioParameters(
      ctx(),
      UUID,
      [
        ['weight', 9],
        ['device_weight', '/dev/sda,x'],
        ['device_read_bytes_sec', '/dev/sda,1k'],
      ],
      {},
    );
    expect(r.ok && r.value.error?.message).toBe(
      "invalid argument: unable to parse blkio device 'device_read_bytes_sec' '/dev/sda,1k'",
    );
    const got = r.ok ? domainGetBlkioParameters(ctx(r.value.world), UUID, {}) : r;
    expect(got.ok && got.value[0]).toEqual(['weight', '9']);
  });
});

describe('numatune', () => {
  it('needs a nodeset with static placement and keeps the mode of a running domain', () => {
    expect(message(domainSetNumaParameters(ctx(), UUID, { mode: 2 }, {}))).toBe(
      "unsupported configuration: nodeset for NUMA memory tuning must be set if 'placement' is 'static'",
    );
    const w = world(domainSetNumaParameters(ctx(), UUID, { nodeset: '1,0' }, {}));
    expect(message(domainSetNumaParameters(ctx(w), UUID, { mode: 1 }, {}))).toBe(
      "Requested operation is not valid: can't change numatune mode for running domain",
    );
    const got = domainGetNumaParameters(ctx(w), UUID, {});
    expect(got.ok && got.value).toEqual({ mode: 'strict', nodeset: [0, 1] });
    expect(message(domainSetNumaParameters(ctx(), UUID, { nodeset: '16384' }, {}))).toBe(
      "invalid argument: Failed to parse bitmap '16384'",
    );
  });
});

describe('perf, block I/O throttling and interface bandwidth', () => {
  it('refuses unknown perf events before changing anything', () => {
    expect(message(domainSetPerfEvents(ctx(), UUID, [['bogus', true]], {}))).toBe(
      "argument unsupported: parameter 'bogus' not supported",
    );
  });

  it('checks the throttle ceiling, then total against read/write, then each value against its max', () => {
    expect(message(domainSetBlockIoTune(ctx(), UUID, 'vda', [['total_bytes_sec', 1e15 + 1]], {}))).toBe(
      'argument unsupported: block I/O throttle limit value must be no more than 1000000000000000',
    );
    expect(message(domainSetBlockIoTune(ctx(), UUID, 'vda', [['read_iops_sec', 5]], {}))).toBe(
      'invalid argument: read_iops_sec cannot be set higher than read_iops_sec_max ',
    );
    const w = world(
      domainSetBlockIoTune(
        ctx(),
        UUID,
        '/guest/diskimage1',
        [
          ['read_iops_sec', 5],
          ['read_iops_sec_max', 6],
        ],
        {},
      ),
    );
    const got = domainGetBlockIoTune(ctx(w), UUID, 'vda', {});
    expect(got.ok && got.value.find(([f]) => f === 'read_iops_sec_max')).toEqual(['read_iops_sec_max', '6']);
  });

  it('finds an interface by MAC in any case or by target name, and says so when none matches', () => {
    const rate = { average: 1, peak: 0, burst: 0, floor: 0 };
    expect(domainSetInterfaceParameters(ctx(), UUID, 'AA:BB:CC:DD:EE:FF', { inbound: rate }, {}).ok).toBe(true);
    expect(message(domainSetInterfaceParameters(ctx(), UUID, 'vnet0', { inbound: rate }, {}))).toBe(
      "invalid argument: 'vnet0' is not a known interface",
    );
  });
});

describe('IOThreads', () => {
  it('adds ids in order, pins them, and deleting one drops its pinning', () => {
    let w = world(domainAddIOThread(ctx(), UUID, 3, {}));
    w = world(domainAddIOThread(ctx(w), UUID, 1, {}));
    expect(message(domainAddIOThread(ctx(w), UUID, 3, {}))).toBe(
      "invalid argument: an IOThread is already using iothread_id '3'",
    );
    w = world(domainPinIOThread(ctx(w), UUID, 3, [5], {}));
    const info = domainGetIOThreadInfo(ctx(w), UUID, {});
    expect(info.ok && info.value).toEqual([
      { id: 3, cpus: [5] },
      { id: 1, cpus: [0, 1] },
    ]);
    w = world(domainDelIOThread(ctx(w), UUID, 3, {}));
    w = world(domainAddIOThread(ctx(w), UUID, 3, {}));
    const again = domainGetIOThreadInfo(ctx(w), UUID, {});
    expect(again.ok && again.value.map((t) => t.cpus)).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });
});
