import { describe, expect, it } from 'vitest';
import { testDefaultWorld } from '../../worlds/test-default';
import type { World } from '../../types';
import { domainSuspend } from '../lifecycle';
import { domainDestroy } from '../lifecycle';
import { domainSnapshotCreate, domainSnapshotRevert, SNAPSHOT_CREATE } from '../snapshot';

const UUID = '6695eb01-f6a4-8304-79aa-97f2502e193f';
const ctx = (world: World, now = 1_000_000) => ({ world, host: 'test', now });
const dom = (w: World) => w.hosts[0].domains[0];
function must<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const snap = (w: World, name: string, flags = 0) => must(domainSnapshotCreate(ctx(w), UUID, { name }, flags)).world;

describe('snapshots on the test driver', () => {
  it('each snapshot is a child of the current one and becomes current', () => {
    const w = snap(snap(testDefaultWorld(), 'a'), 'b');
    expect(dom(w).snapshots.map((s) => [s.name, s.parent, s.state])).toEqual([
      ['a', undefined, 'running'],
      ['b', 'a', 'running'],
    ]);
    expect(dom(w).currentSnapshot).toBe('b');
  });

  it('refuses a duplicate name and the flags the driver lacks', () => {
    const w = snap(testDefaultWorld(), 'a');
    expect(domainSnapshotCreate(ctx(w), UUID, { name: 'a' }, 0)).toMatchObject({
      ok: false,
      error: { message: 'operation failed: domain moment a already exists' },
    });
    expect(domainSnapshotCreate(ctx(w), UUID, { name: 'd' }, SNAPSHOT_CREATE.diskOnly)).toMatchObject({
      ok: false,
      error: { message: 'unsupported flags (0x10) in function testDomainSnapshotCreateXML' },
    });
  });

  it('--halt stops the domain with reason "from snapshot"', () => {
    const w = snap(testDefaultWorld(), 'a', SNAPSHOT_CREATE.halt);
    expect(dom(w)).toMatchObject({ state: 'shut off', reason: 'from snapshot', id: null });
  });

  it('revert brings back the snapshot state; --running and --paused override it', () => {
    const paused = must(domainSuspend(ctx(testDefaultWorld()), UUID)).world;
    const w = snap(paused, 'p');
    const back = must(domainSnapshotRevert(ctx(w), UUID, 'p', {})).world;
    expect(dom(back)).toMatchObject({ state: 'paused', reason: 'from snapshot' });
    expect(dom(must(domainSnapshotRevert(ctx(w), UUID, 'p', { running: true })).world)).toMatchObject({
      state: 'running',
      reason: 'from snapshot',
    });
  });

  it('a running snapshot restarts a shut-off domain with a new id', () => {
    const w = snap(testDefaultWorld(), 's1');
    const off = must(domainDestroy(ctx(w), UUID)).world;
    const back = must(domainSnapshotRevert(ctx(off), UUID, 's1', {})).world;
    expect(dom(back)).toMatchObject({ state: 'running', reason: 'from snapshot', id: 2 });
  });

  it('the test driver never starts an inactive snapshot, even with --running', () => {
    const off = must(domainDestroy(ctx(testDefaultWorld()), UUID)).world;
    const w = snap(off, 'off');
    expect(dom(must(domainSnapshotRevert(ctx(w), UUID, 'off', { running: true })).world)).toMatchObject({
      state: 'shut off',
    });
    expect(domainSnapshotRevert(ctx(w), UUID, 'nosuch', {})).toMatchObject({
      ok: false,
      error: { message: "Domain snapshot not found: no domain snapshot with matching name 'nosuch'" },
    });
  });
});
