import { describe, expect, it } from 'vitest';
import { guestCrash } from '../../sim/ops/guest-crash';
import type { World } from '../../sim/types';
import { domainByName, findHost } from '../../sim/world';
import { labWorld } from '../../sim/worlds/lab';
import { runConsoleLine } from '../console';

const T0 = Date.UTC(2026, 11, 6, 23, 50, 7);

/** Lines on `host`, the guest's kernel panic where a line is `CRASH`; each output by its line. */
function session(host: string, domain: string, lines: string[]) {
  let w: World = labWorld();
  const out: Record<string, string> = {};
  const crashes: ReturnType<typeof guestCrash>[] = [];
  for (const line of lines) {
    if (line === 'CRASH') {
      const d = domainByName(findHost(w, host)!, domain)!;
      const c = guestCrash({ world: w, host, now: T0 }, d.uuid);
      crashes.push(c);
      if (c.ok) w = c.value.world;
      continue;
    }
    const r = runConsoleLine({ world: w, host, line, now: T0 + 1000 });
    w = r.world;
    out[line] = r.stdout + r.stderr;
  }
  const events = crashes.flatMap((c) => (c.ok ? c.value.events.map((e) => `${e.event} ${e.detail}`.trim()) : []));
  return { world: w, out, crashes, events, dumpFile: crashes[0]?.ok ? crashes[0].value.dumpFile : undefined };
}

const xlRow = (stdout: string, name: string) =>
  stdout
    .split('\n')
    .find((l) => l.startsWith(`${name} `))
    ?.replace(/\s+/g, ' ');

describe('a crashed QEMU guest (processGuestPanicEvent): on_crash decides', () => {
  it('destroy (the default): Crashed Panicked, then Stopped Crashed; shut off (crashed)', () => {
    const s = session('kvm1', 'web01', ['CRASH', 'virsh domstate web01 --reason']);
    expect(s.events).toEqual(['Crashed Panicked', 'Stopped Crashed']);
    expect(s.out['virsh domstate web01 --reason']).toBe('shut off (crashed)\n\n');
    expect(s.dumpFile).toBeUndefined();
  });

  it('preserve: it stays crashed (panicked) until destroyed', () => {
    const s = session('kvm1', 'web01', [
      'virsh set-lifecycle-action web01 crash preserve --live',
      'CRASH',
      'virsh domstate web01 --reason',
      'virsh destroy web01',
      'virsh domstate web01 --reason',
    ]);
    expect(s.events).toEqual(['Crashed Panicked']);
    expect(s.out['virsh domstate web01 --reason']).toBe('shut off (destroyed)\n\n');
  });

  it('preserve, then reset: qemuDomainReset leaves it paused (crashed); resume then runs it', () => {
    const s = session('kvm1', 'web01', [
      'virsh set-lifecycle-action web01 crash preserve --live',
      'CRASH',
      'virsh domstate web01 --reason',
      'virsh reset web01',
      'virsh domstate --reason web01',
      'virsh resume web01',
      'virsh domstate --domain web01 --reason',
    ]);
    expect(s.out['virsh domstate web01 --reason']).toBe('crashed (panicked)\n\n');
    expect(s.out['virsh domstate --reason web01']).toBe('paused (crashed)\n\n');
    expect(s.out['virsh domstate --domain web01 --reason']).toBe('running (unpaused)\n\n');
  });

  it('preserve, then resume: qemuDomainResume starts the vCPUs of a panicked guest — running (unpaused), Resumed Unpaused', () => {
    const s = session('kvm1', 'web01', [
      'virsh set-lifecycle-action web01 crash preserve --live',
      'CRASH',
      'virsh resume web01',
      'virsh domstate web01 --reason',
      'virsh resume web01 ',
    ]);
    expect(s.out['virsh resume web01']).toBe("Domain 'web01' resumed\n\n");
    expect(s.out['virsh domstate web01 --reason']).toBe('running (unpaused)\n\n');
    expect(s.world.events.filter((e) => e.domain === 'web01').map((e) => `${e.event} ${e.detail}`)).toEqual([
      'Crashed Panicked',
      'Resumed Unpaused',
    ]);
    // A second resume finds it running: libvirt since commit 3e044e6 (late 2016) refuses it.
    expect(s.out['virsh resume web01 ']).toBe(
      "\nerror: Failed to resume domain 'web01'\nerror: Requested operation is not valid: domain is already running\n",
    );
  });

  it('coredump-restart: the core file under /var/lib/libvirt/qemu/dump, then the fake reboot: running (crashed)', () => {
    const s = session('kvm1', 'web01', [
      'virsh set-lifecycle-action web01 crash coredump-restart --live',
      'virsh domid web01',
      'CRASH',
      'virsh domstate web01 --reason',
      'ls /var/lib/libvirt/qemu/dump',
    ]);
    const id = s.out['virsh domid web01'].trim();
    expect(s.dumpFile).toBe(`/var/lib/libvirt/qemu/dump/${id}-web01-2026-12-06-23:50:07`);
    expect(s.events).toEqual(['Crashed Panicked', 'Reboot', 'Resumed Unpaused']);
    expect(s.out['virsh domstate web01 --reason']).toBe('running (crashed)\n\n');
    expect(s.out['ls /var/lib/libvirt/qemu/dump']).toBe(`${id}-web01-2026-12-06-23:50:07\n`);
  });

  it('a guest that is not running cannot crash; nothing changes', () => {
    const s = session('kvm1', 'web01', ['virsh suspend web01', 'CRASH', 'virsh domstate web01 --reason']);
    expect(s.crashes[0]).toMatchObject({ ok: false, error: { code: 'OPERATION_INVALID' } });
    expect(s.out['virsh domstate web01 --reason']).toBe('paused (user)\n\n');
  });
});

describe('the panic device (decision 063): QEMU hears a guest kernel panic only through one', () => {
  it("web01's XML has it: dumpxml prints <panic model='isa'> with its ISA port, and a define keeps it", () => {
    const s = session('kvm1', 'web01', [
      'virsh dumpxml web01 > /root/web01.xml',
      'virsh dumpxml db01',
      "sed -i 's/<name>web01</<name>web09</; /<uuid>/d' /root/web01.xml",
      'virsh define /root/web01.xml',
      'virsh dumpxml web09',
    ]);
    const panic = "    <panic model='isa'>\n      <address type='isa' iobase='0x505'/>\n    </panic>\n  </devices>";
    expect(s.out['virsh dumpxml web09']).toContain(panic);
    expect(s.out['virsh dumpxml db01']).not.toContain('<panic');
  });

  it("a panic element without a model gets x86's default on QEMU, isa", () => {
    const xml = (name: string) =>
      `<domain type='kvm'><name>${name}</name><memory>524288</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os><devices><panic/></devices></domain>`;
    const s = session('kvm1', 'web01', [
      `echo "${xml('p1')}" > /root/p1.xml`,
      'virsh define /root/p1.xml',
      'virsh dumpxml p1',
    ]);
    expect(s.out['virsh dumpxml p1']).toContain("    <panic model='isa'/>\n  </devices>");
  });

  it('db01 has none: the panic reaches nobody — no event, on_crash unused, running; it hangs until reset', () => {
    const s = session('kvm1', 'db01', [
      'virsh set-lifecycle-action db01 crash coredump-destroy --live',
      'CRASH',
      'virsh domstate db01 --reason',
    ]);
    expect(s.crashes[0]).toMatchObject({ ok: true, value: { events: [], hung: true } });
    expect(s.dumpFile).toBeUndefined();
    expect(s.out['virsh domstate db01 --reason']).toBe('running (booted)\n\n');
    expect(Object.keys(findHost(s.world, 'kvm1')!.files).filter((f) => f.includes('/dump/'))).toEqual([]);
  });

  it('a hung guest hears no ACPI button: shutdown is taken and nothing follows; reset boots it and it answers again', () => {
    let w = labWorld();
    const run = (line: string, at: number) => {
      const r = runConsoleLine({ world: w, host: 'kvm1', line, now: at });
      w = r.world;
      return r.stdout + r.stderr;
    };
    const db01 = () => domainByName(findHost(w, 'kvm1')!, 'db01')!;
    const c = guestCrash({ world: w, host: 'kvm1', now: T0 }, db01().uuid);
    if (c.ok) w = c.value.world;
    expect(run('virsh shutdown db01', T0 + 1000)).toBe("Domain 'db01' is being shutdown\n\n");
    expect(run('virsh domstate db01', T0 + 60_000)).toBe('running\n\n');
    expect(db01().hung).toBe(true);
    run('virsh reset db01', T0 + 61_000);
    expect(db01().hung).toBeUndefined();
    run('virsh shutdown db01', T0 + 62_000);
    expect(run('virsh domstate db01', T0 + 70_000)).toBe('shut off\n\n');
  });
});

describe('a crashed Xen guest (libxlDomainShutdownThread, xl handle_domain_death): on_crash decides', () => {
  it('preserve: Stopped Crashed, shut off (crashed) with its id; xl list ---sc-, xm list ---sc-; destroy frees it', () => {
    const s = session('xen2', 'pv-app', [
      'virsh set-lifecycle-action pv-app crash preserve --live',
      'CRASH',
      'xl list',
      'xm list',
      'virsh domstate pv-app --reason',
      'virsh start pv-app',
    ]);
    expect(s.events).toEqual(['Stopped Crashed']);
    expect(xlRow(s.out['xl list'], 'pv-app')).toMatch(/^pv-app 1 512 1 ---sc- /);
    expect(xlRow(s.out['xm list'], 'pv-app')).toMatch(/^pv-app 1 512 1 ---sc- /);
    expect(s.out['virsh domstate pv-app --reason']).toBe('shut off (crashed)\n\n');
    expect(s.out['virsh start pv-app']).toContain('error: Domain is already active\n');
  });

  it('coredump-destroy: the core file under /var/lib/libvirt/libxl/dump named after the guest, then gone from xl list', () => {
    const s = session('xen2', 'pv-app', [
      'virsh set-lifecycle-action pv-app crash coredump-destroy --live',
      'CRASH',
      'xl list',
      'virsh domstate pv-app --reason',
    ]);
    expect(s.dumpFile).toBe('/var/lib/libvirt/libxl/dump/pv-app-2026-12-06-23:50:07');
    expect(xlRow(s.out['xl list'], 'pv-app')).toBeUndefined();
    expect(s.out['virsh domstate pv-app --reason']).toBe('shut off (crashed)\n\n');
  });

  it('restart: Stopped Crashed, Started Booted with the next id', () => {
    const s = session('xen2', 'pv-app', [
      'virsh set-lifecycle-action pv-app crash restart --live',
      'virsh domid pv-app',
      'CRASH',
      'virsh domid pv-app',
      'virsh domstate pv-app --reason',
    ]);
    expect(s.events).toEqual(['Stopped Crashed', 'Started Booted']);
    expect(s.out['virsh domstate pv-app --reason']).toBe('running (booted)\n\n');
  });
});
