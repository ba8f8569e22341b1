import { describe, expect, it } from 'vitest';
import { Console } from '../xen/__tests__/lab';

/** Runs a line and keeps what virsh printed (virsh ends each command's output with a blank line). */
const run = (c: Console, line: string) => c.run(line);
const state = (c: Console, name: string) => c.run(`virsh domstate --reason ${name}`).out.trim();

describe('virsh shutdown / reboot on a QEMU host: the guest answers a few seconds later', () => {
  it('returns at once; the guest stays running (booted), then shuts off (shutdown)', () => {
    const c = new Console(undefined, 'kvm1');
    expect(run(c, 'virsh shutdown web01').out).toBe("Domain 'web01' is being shutdown\n\n");
    expect(state(c, 'web01')).toBe('running (booted)');
    expect(state(c.wait(2), 'web01')).toBe('running (booted)');
    expect(state(c.wait(2), 'web01')).toBe('shut off (shutdown)');
  });

  it('virsh event --loop --timeout sees Shutdown Finished after guest request, then Stopped Shutdown', () => {
    const c = new Console(undefined, 'kvm1');
    const r = run(
      c,
      'virsh shutdown web01; virsh event --domain web01 --event lifecycle --loop --timeout 10 --timestamp',
    );
    expect(r.out).toBe(
      "Domain 'web01' is being shutdown\n\n" +
        "2023-11-14 22:13:23.000+0000: event 'lifecycle' for domain 'web01': Shutdown Finished after guest request\n" +
        "2023-11-14 22:13:24.000+0000: event 'lifecycle' for domain 'web01': Stopped Shutdown\n" +
        'event loop timed out\nevents received: 2\n\n',
    );
    // Nothing else is pending: the next wait times out empty.
    expect(run(c, 'virsh event --all --timeout 2')).toMatchObject({
      out: 'event loop timed out\nevents received: 0\n\n',
      status: 1,
    });
  });

  it('between the power-off and QEMU’s end the domain is in shutdown (unknown), as qemuProcessHandleShutdown sets it', () => {
    const c = new Console(undefined, 'kvm1');
    run(c, 'virsh shutdown web01');
    c.wait(3.5);
    expect(state(c, 'web01')).toBe('in shutdown (unknown)');
    expect(run(c, 'virsh list').out).toMatch(/^ \d+ +web01 +in shutdown$/m);
    expect(run(c, 'virsh domstate web01').out).toBe('in shutdown\n\n');
    // qemuDomainShutdownFlags asks a running guest only; a second request changes nothing.
    expect(run(c, 'virsh shutdown web01').err).toBe(
      "error: Failed to shutdown domain 'web01'\nerror: Requested operation is not valid: domain is not running\n",
    );
    expect(state(c.wait(1), 'web01')).toBe('shut off (shutdown)');
  });

  it('QEMU refuses preserve and rename-restart, on define and on set-lifecycle-action (qemuValidateLifecycleAction)', () => {
    const c = new Console(undefined, 'kvm1');
    const refused = (what: string) => `error: unsupported configuration: qemu driver doesn't support ${what}\n`;
    const unable = (what: string) => `error: Unable to change lifecycle action.\n${refused(what)}`;
    expect(run(c, 'virsh set-lifecycle-action web01 poweroff preserve --config').err).toBe(
      unable("the 'preserve' action for 'on_reboot'/'on_poweroff'"),
    );
    expect(run(c, 'virsh set-lifecycle-action web01 crash rename-restart').err).toBe(
      unable("the 'rename-restart' action for 'on_reboot'/'on_poweroff'/'on_crash'"),
    );
    run(c, 'virsh set-lifecycle-action web01 poweroff restart --config');
    expect(run(c, 'virsh set-lifecycle-action web01 reboot destroy --config').err).toBe(
      unable("'onReboot' set to 'destroy and 'onPoweroff' set to 'reboot'"),
    );
    // on_crash preserve and the coredump actions are QEMU's to take.
    expect(run(c, 'virsh set-lifecycle-action web01 crash coredump-restart --config').status).toBe(0);
    run(c, "virsh dumpxml web01 > /root/w.xml; sed -i 's/<on_reboot>restart/<on_reboot>preserve/' /root/w.xml");
    expect(run(c, 'virsh define /root/w.xml').err).toBe(
      `error: Failed to define domain from /root/w.xml\n${refused("the 'preserve' action for 'on_reboot'/'on_poweroff'")}`,
    );
  });

  it('a guest without <acpi/> hears no power button: it keeps running', () => {
    const c = new Console(undefined, 'kvm1');
    run(c, "virsh dumpxml web01 > /root/web01.xml; sed -i '/<acpi\\/>/d' /root/web01.xml");
    expect(c.file('/root/web01.xml')).not.toContain('<acpi/>');
    expect(run(c, 'virsh define /root/web01.xml; virsh destroy web01; virsh start web01').status).toBe(0);
    expect(run(c, 'virsh dumpxml web01').out).toContain('  <features>\n    <apic/>\n  </features>\n');
    expect(run(c, 'virsh shutdown web01').out).toBe("Domain 'web01' is being shutdown\n\n");
    expect(state(c.wait(60), 'web01')).toBe('running (booted)');
  });

  it('--mode: ACPI and the agent only; no lab guest answers the agent; a paused guest is refused', () => {
    const c = new Console(undefined, 'kvm1');
    expect(run(c, 'virsh shutdown --mode agent web01').err).toBe(
      "error: Failed to shutdown domain 'web01'\nerror: Guest agent is not responding: QEMU guest agent is not connected\n",
    );
    expect(run(c, 'virsh shutdown --mode initctl web01').err).toBe(
      "error: Failed to shutdown domain 'web01'\nerror: unsupported flags (0x4) in function qemuDomainShutdownFlags\n",
    );
    expect(run(c, 'virsh reboot --mode signal web01').err).toBe(
      "error: Failed to reboot domain 'web01'\nerror: unsupported flags (0x8) in function qemuDomainReboot\n",
    );
    // The agent failing, --mode agent,acpi falls back to the power button.
    expect(run(c, 'virsh shutdown --mode agent,acpi web01').status).toBe(0);
    expect(run(c, 'virsh shutdown win10').err).toBe(
      "error: Failed to shutdown domain 'win10'\nerror: Requested operation is not valid: domain is not running\n",
    );
  });

  it('reboot: only the reboot event; a paused guest reboots once resumed', () => {
    const c = new Console(undefined, 'kvm1');
    expect(run(c, 'virsh reboot win10').out).toBe("Domain 'win10' is being rebooted\n\n");
    expect(state(c.wait(30), 'win10')).toBe('paused (user)');
    run(c, 'virsh resume win10');
    expect(run(c, 'virsh event --all --loop --timeout 5').out).toBe(
      "event 'reboot' for domain 'win10'\nevent loop timed out\nevents received: 1\n\n",
    );
    expect(state(c, 'win10')).toBe('running (booted)');
  });

  it('follows on_poweroff and on_reboot', () => {
    const c = new Console(undefined, 'kvm1');
    run(c, 'virsh set-lifecycle-action web01 poweroff restart --live');
    run(c, 'virsh shutdown web01');
    expect(state(c.wait(5), 'web01')).toBe('running (booted)');
    // on_reboot destroy makes a reboot a shutdown (qemuDomainReboot).
    run(c, 'virsh set-lifecycle-action db01 reboot destroy --live');
    run(c, 'virsh reboot db01');
    expect(state(c.wait(5), 'db01')).toBe('shut off (shutdown)');
  });
});

describe('virsh shutdown / reboot on a Xen host (libxl)', () => {
  it("refuses what libxl cannot do, in libvirt's words", () => {
    const c = new Console();
    expect(run(c, 'virsh shutdown --mode acpi pv-web').err).toBe(
      "error: Failed to shutdown domain 'pv-web'\nerror: internal error: Failed to shutdown domain '1' with libxenlight\n",
    );
    expect(run(c, 'virsh reboot hvm-win').err).toBe(
      "error: Failed to reboot domain 'hvm-win'\nerror: internal error: Failed to reboot domain '2' with libxenlight\n",
    );
    expect(run(c, 'virsh shutdown --mode paravirt hvm-win').err).toBe(
      "error: Failed to shutdown domain 'hvm-win'\nerror: An error occurred, but the cause is unknown\n",
    );
    expect(run(c, 'virsh shutdown --mode agent pv-web').err).toBe(
      "error: Failed to shutdown domain 'pv-web'\nerror: unsupported flags (0x2) in function libxlDomainShutdownFlags\n",
    );
  });

  it('on_poweroff / on_reboot preserve leave the domain shut off (libxlDomainShutdownThread), never restart it', () => {
    const c = new Console();
    run(c, 'virsh set-lifecycle-action pv-web reboot preserve --live');
    run(c, 'virsh reboot pv-web');
    expect(state(c.wait(5), 'pv-web')).toBe('shut off (shutdown)');
    run(c, 'virsh start pv-web; virsh set-lifecycle-action pv-web poweroff preserve --live');
    run(c, 'virsh shutdown pv-web');
    expect(state(c.wait(5), 'pv-web')).toBe('shut off (shutdown)');
  });

  it('a PV guest reboots as libxl does: Stopped Shutdown, Started Booted, a new id', () => {
    const c = new Console();
    expect(run(c, 'virsh reboot pv-web; virsh event --all --loop --timeout 5').out).toBe(
      "Domain 'pv-web' is being rebooted\n\n" +
        "event 'lifecycle' for domain 'pv-web': Stopped Shutdown\n" +
        "event 'lifecycle' for domain 'pv-web': Started Booted\n" +
        'event loop timed out\nevents received: 2\n\n',
    );
    expect(c.domain('pv-web')!.id).toBe(3);
  });

  it('a paused guest takes the shutdown and acts once resumed; the HVM guest uses the ACPI button', () => {
    const c = new Console();
    run(c, 'virsh suspend pv-web; virsh shutdown pv-web; virsh shutdown hvm-win');
    expect(state(c.wait(30), 'pv-web')).toBe('paused (user)');
    expect(state(c, 'hvm-win')).toBe('shut off (shutdown)');
    run(c, 'virsh resume pv-web');
    expect(state(c.wait(3), 'pv-web')).toBe('shut off (shutdown)');
  });
});

describe('an xl config with acpi = 0', () => {
  it('boots an HVM guest without ACPI: xl shutdown -F presses a button nobody hears, -w would wait for ever', () => {
    const c = new Console();
    run(c, 'xl destroy hvm-win');
    run(c, "sed -i 's/^boot = .*/&\\nacpi = 0/' /etc/xen/hvm-win.cfg");
    expect(c.file('/etc/xen/hvm-win.cfg')).toContain('acpi = 0');
    expect(run(c, 'xl create /etc/xen/hvm-win.cfg').status).toBe(0);
    expect(run(c, 'virsh dumpxml hvm-win').out).toContain('  <features>\n    <apic/>\n    <pae/>\n  </features>\n');
    const id = c.domain('hvm-win')!.id;
    expect(run(c, 'xl shutdown -F -w hvm-win').err).toBe(
      `Shutting down domain ${id}\nPV control interface not available: sending ACPI power button event.\n` +
        'Waiting for 1 domains\nvirtlab: xl would wait here until Ctrl+C: hvm-win ignores the request (no ACPI, no PV drivers)\n',
    );
    expect(c.wait(60).domain('hvm-win')!.state).toBe('running');
  });
});

describe('the test driver stays instant, as real virsh shows it', () => {
  it('shutdown powers off before the command returns', () => {
    const c = new Console(undefined, 'kvm1');
    expect(run(c, 'virsh -c test:///default "shutdown test; domstate --reason test"').out).toBe(
      "Domain 'test' is being shutdown\n\nshut off (shutdown)\n\n",
    );
  });
});
