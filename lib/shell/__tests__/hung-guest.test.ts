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

/** The Trainer's crash of `name` on a Xen host. */
function xenCrash(host: string, name: string) {
  const c = new Console(undefined, host);
  const d = domainByName(findHost(c.world, host)!, name)!;
  const crash = guestCrash({ world: c.world, host, now: c.now }, d.uuid);
  if (!crash.ok) throw new Error(crash.error.message);
  c.world = crash.value.world;
  return { c, crash: crash.value };
}

describe('a Xen guest reports its panic only with a PV kernel or PV drivers (xen_panic_event: SCHEDOP_shutdown crash)', () => {
  it('hvm-win (HVM, no PV drivers): nothing tells Xen — no event, on_crash unused, still r----- in xl list', () => {
    const { c, crash } = xenCrash('xen1', 'hvm-win');
    expect(crash).toMatchObject({ hung: true, events: [] });
    expect(c.run('virsh domstate hvm-win --reason').out).toBe('running (booted)\n\n');
    expect(c.run('xl list').out).toMatch(/\nhvm-win +2 +2048 +2 +r----- /);
  });

  it("the hung HVM guest ignores ACPI (virsh shutdown, xl shutdown -F); xend's xm shutdown stops it from outside", () => {
    const { c } = xenCrash('xen1', 'hvm-win');
    expect(answersShutdownOf(c, 'hvm-win', 'virsh shutdown hvm-win')).toBe('running');
    expect(answersShutdownOf(c, 'hvm-win', 'xl shutdown -F hvm-win')).toBe('running');
    // XendDomainInfo.shutdown of an HVM guest without PV drivers: xc.domain_shutdown, the hypervisor's, not the guest's.
    expect(c.run('xm shutdown hvm-win').status).toBe(0);
    expect(c.run('virsh domstate hvm-win').out.trim()).toBe('shut off');
  });

  it('pv-web (PV): its kernel reports the crash, on_crash acts (destroy: Stopped Crashed)', () => {
    const { c, crash } = xenCrash('xen1', 'pv-web');
    expect(crash.hung).toBeUndefined();
    expect(crash.events.map((e) => `${e.event} ${e.detail}`)).toEqual(['Stopped Crashed']);
    expect(c.run('virsh domstate pv-web --reason').out).toBe('shut off (crashed)\n\n');
  });
});

/** Runs a shutdown line on the console's host and lets 10 simulated seconds pass: the domain's state then. */
function answersShutdownOf(c: Console, name: string, line: string): string {
  c.run(line);
  c.wait(10);
  return c.run(`virsh domstate ${name}`).out.trim();
}
