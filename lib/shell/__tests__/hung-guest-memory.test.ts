import { describe, expect, it } from 'vitest';
import { guestCrash } from '../../sim/ops/guest-crash';
import { domainByName, findHost } from '../../sim/world';
import { Console } from '../xen/__tests__/lab';

/** A console on kvm1 whose db01 (no panic device) has had its kernel panic: hung, still running (decision 063). */
function hungDb01(): Console {
  const c = new Console(undefined, 'kvm1');
  c.world = crashed(c);
  return c;
}

/** The world after the Trainer's crash of db01 on the console's host. */
function crashed(c: Console) {
  const d = domainByName(findHost(c.world, 'kvm1')!, 'db01')!;
  const crash = guestCrash({ world: c.world, host: 'kvm1', now: c.now }, d.uuid);
  if (!crash.ok || !crash.value.hung) throw new Error('db01 should hang');
  return crash.value.world;
}

/** Asks db01 to power off and lets 10 simulated seconds pass: its state then. */
function answersShutdown(c: Console, host = c.host): string {
  const at = new Console(c.world, host, c.now);
  expect(at.run('virsh shutdown db01').status).toBe(0);
  at.wait(10);
  c.world = at.world;
  c.now = at.now;
  return at.run('virsh domstate db01').out.trim();
}

describe('a hung guest keeps hanging wherever its memory goes (decision 068): the memory is the halted kernel', () => {
  it('save and restore: the image holds the hung kernel — restored, it ignores ACPI; reset boots it again', () => {
    const c = hungDb01();
    expect(c.run('virsh save db01 /root/db01.save').status).toBe(0);
    expect(c.run('virsh restore /root/db01.save').status).toBe(0);
    expect(answersShutdown(c)).toBe('running');
    expect(c.run('virsh reset db01').status).toBe(0);
    expect(answersShutdown(c)).toBe('shut off');
  });

  it('a guest saved before the panic comes back answering (the control)', () => {
    const c = new Console(undefined, 'kvm1');
    c.run('virsh save db01 /root/db01.save');
    c.run('virsh restore /root/db01.save');
    expect(answersShutdown(c)).toBe('shut off');
  });

  it('managedsave and start: the managed image is restored, hung', () => {
    const c = hungDb01();
    expect(c.run('virsh managedsave db01').status).toBe(0);
    expect(c.run('virsh start db01').out).toContain("Domain 'db01' started");
    expect(answersShutdown(c)).toBe('running');
  });

  it('start --force-boot discards the managed image: a fresh boot answers', () => {
    const c = hungDb01();
    c.run('virsh managedsave db01');
    c.run('virsh start db01 --force-boot');
    expect(answersShutdown(c)).toBe('shut off');
  });

  it('migrated live: the guest arrives on kvm2 still hung; the definition left on kvm1 boots normally', () => {
    const c = hungDb01();
    const m = c.run('virsh migrate --live --persistent db01 qemu+ssh://kvm2.lab/system');
    expect(m.status).toBe(0);
    expect(answersShutdown(c, 'kvm2')).toBe('running');
    expect(c.domain('db01', 'kvm1')?.hung).toBeUndefined();
    expect(c.domain('db01', 'kvm2')?.hung).toBe(true);
  });

  it('a snapshot taken of the hung guest brings the hang back on revert; one taken before the panic does not', () => {
    const c = new Console(undefined, 'kvm1');
    expect(c.run('virsh snapshot-create-as db01 before').status).toBe(0);
    c.world = crashed(c);
    expect(c.run('virsh snapshot-create-as db01 after').status).toBe(0);
    expect(c.run('virsh snapshot-revert db01 before').status).toBe(0);
    expect(c.domain('db01')?.hung).toBeUndefined();
    expect(c.run('virsh snapshot-revert db01 after').status).toBe(0);
    expect(answersShutdown(c)).toBe('running');
  });
});
