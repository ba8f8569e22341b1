import { describe, expect, it } from 'vitest';
import { nodeDeviceCreate, nodeDeviceDestroy } from '../../ops/nodedev';
import { interfaceChange, interfaceSetActive } from '../../ops/interfaces';
import {
  POOL_CAPACITY,
  poolAllocation,
  poolCreate,
  poolDefine,
  poolDestroy,
  volumeCreate,
  volumeDelete,
} from '../../ops/pools';
import { ok } from '../../result';
import type { World } from '../../types';
import { testDefaultWorld } from '../../worlds/test-default';
import { formatPoolXml, parsePoolXml } from '../../xml/pool-xml';
import { parseVolumeXml } from '../../xml/volume-xml';

const ctx = (world: World) => ({ world, host: 'test', now: 0 });
function must<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const pool = (w: World, name = 'default-pool') => w.hosts[0].pools!.find((p) => p.def.name === name)!;
const vol = (name: string, capacity: string, allocation = capacity) =>
  ok({ name, capacity, allocation, format: 'raw' });

describe('storage pools and volumes on the test driver', () => {
  it('a volume takes its allocation from the 100 GiB pool; a full pool refuses the next one', () => {
    const w = must(volumeCreate(ctx(testDefaultWorld()), 'default-pool', vol('a', '2000', '1000'), 'f'));
    expect(poolAllocation(pool(w))).toBe(1000n);
    const full = volumeCreate(ctx(w), 'default-pool', vol('b', String(POOL_CAPACITY)), 'f');
    expect(full).toMatchObject({
      ok: false,
      error: { message: "internal error: Not enough free space in pool for volume 'b'" },
    });
    const again = volumeCreate(ctx(w), 'default-pool', vol('a', '1'), 'f');
    expect(again).toMatchObject({ ok: false, error: { message: 'operation failed: storage vol already exists' } });
    expect(poolAllocation(pool(must(volumeDelete(ctx(w), 'default-pool', 'a', 0))))).toBe(0n);
  });

  it('a stopped pool takes no volume; a transient pool is gone once destroyed', () => {
    const stopped = must(poolDestroy(ctx(testDefaultWorld()), 'default-pool'));
    expect(volumeCreate(ctx(stopped), 'default-pool', vol('a', '1'), 'f')).toMatchObject({
      ok: false,
      error: { message: "Requested operation is not valid: storage pool 'default-pool' is not active" },
    });
    const def = must(parsePoolXml("<pool type='dir'><name>t</name><target><path>/t</path></target></pool>", () => 'u'));
    const w = must(poolCreate(ctx(testDefaultWorld()), def, 0));
    expect(pool(w, 't')).toMatchObject({ active: true, persistent: false });
    expect(must(poolDestroy(ctx(w), 't')).hosts[0].pools!.map((p) => p.def.name)).toEqual(['default-pool']);
  });

  it('refuses a second name for a UUID, a second UUID for a name and a dir pool on a taken path', () => {
    const parse = (xml: string) => must(parsePoolXml(xml, () => '11111111-2222-3333-4444-555555555555'));
    const w = testDefaultWorld();
    const sameName = parse("<pool type='dir'><name>default-pool</name><target><path>/x</path></target></pool>");
    expect(poolDefine(ctx(w), sameName)).toMatchObject({
      error: { message: /^operation failed: pool 'default-pool' already exists with uuid dfe224cb/ },
    });
    const samePath = parse("<pool type='dir'><name>p</name><target><path>/default-pool/</path></target></pool>");
    expect(poolDefine(ctx(w), samePath)).toMatchObject({
      error: { message: "operation failed: Storage source conflict with pool: 'default-pool'" },
    });
  });

  it('reads a pool the way its type needs and prints what the type keeps', () => {
    const r = parsePoolXml("<pool type='logical'><source><name>vg</name></source><name>p</name></pool>", () => 'u');
    const def = must(r);
    expect(def).toMatchObject({ target: '/dev/vg', source: { name: 'vg', format: 'lvm2' } });
    expect(formatPoolXml(def, { capacity: 10n, allocation: 4n })).toContain("<available unit='bytes'>6</available>");
    expect(parsePoolXml("<pool type='netfs'><name>n</name></pool>", () => 'u')).toMatchObject({
      error: { message: 'XML error: missing storage pool source host name' },
    });
    expect(parseVolumeXml("<volume><name>v</name><capacity unit='E'>9</capacity></volume>")).toMatchObject({
      error: { message: 'numerical overflow: value too large: 9E' },
    });
  });
});

describe('node devices and interfaces on the test driver', () => {
  it('a vHBA needs a vport-capable parent and is destroyed by name', () => {
    const fc = { wwnn: '2000000000000001', wwpn: '2100000000000001' };
    expect(nodeDeviceCreate(ctx(testDefaultWorld()), { parent: 'computer', fc })).toMatchObject({
      error: { message: 'internal error: Parent device computer is not capable of vport operations' },
    });
    const made = must(nodeDeviceCreate(ctx(testDefaultWorld()), { parent: 'scsi_host2', fc }));
    expect(made.name).toBe('scsi_host12');
    const names = (w: World) => w.hosts[0].nodeDevices!.map((d) => d.name);
    expect(names(made.world)).toContain('scsi_host12');
    expect(names(must(nodeDeviceDestroy(ctx(made.world), 'scsi_host12')))).not.toContain('scsi_host12');
    expect(names(must(nodeDeviceDestroy(ctx(made.world), 'computer')))).toContain('computer');
  });

  it('iface-rollback brings back the definitions, every interface stopped', () => {
    const begun = must(interfaceChange(ctx(testDefaultWorld()), 'begin'));
    const gone = { ...begun, hosts: [{ ...begun.hosts[0], interfaces: [] }] };
    const back = must(interfaceChange(ctx(gone), 'rollback'));
    expect(back.hosts[0].interfaces!.map((i) => [i.def.name, i.active])).toEqual([['eth1', false]]);
    expect(interfaceChange(ctx(back), 'commit')).toMatchObject({
      error: { message: 'Requested operation is not valid: no transaction running, nothing to be committed.' },
    });
    expect(interfaceSetActive(ctx(back), 'eth1', false)).toMatchObject({
      error: { message: 'Requested operation is not valid' },
    });
  });
});
