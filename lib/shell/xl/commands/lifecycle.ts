import {
  domainDestroy,
  domainReboot,
  domainReset,
  domainResume,
  domainShutdown,
  domainSuspend,
} from '../../../sim/ops/lifecycle';
import { xenRename } from '../../../sim/ops/xen';
import type { XenDomain } from '../../xen/view';
import { xentop } from '../../xen/xentop';
import type { XlCtx } from '../context';
import { neverDone } from '../../xen/wait';
import { consoleInMigration, destroyInMigration, pauseInMigration } from './migration-ends';
import { noSuchDomid, xlCommand } from './types';

/** VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN and _PARAVIRT: what xl asks libxl for. */
const ACPI = 1;
const PARAVIRT = 16;

const pause = xlCommand({
  name: 'pause',
  virsh: 'virsh suspend {domain}',
  run(c, args) {
    const g = c.getopt(args, '', {}, 'pause', 1);
    if (typeof g === 'number') return g;
    const t = c.findDomain(g.params[0], true);
    if (typeof t === 'number') return t;
    const held = t.x ? pauseInMigration(c, t.x, true) : null;
    if (held !== null) return held;
    // Xen refuses to pause the domain issuing the hypercall (Domain-0).
    if (!t.x || t.id === 0) {
      c.libxl('libxl.c:809:libxl_domain_pause', `pausing domain ${t.id}`, t.x ? 'EINVAL' : 'ESRCH');
      return 0;
    }
    if (t.x.state === 'running' || t.x.state === 'idle') c.apply(domainSuspend(c.op(), t.x.uuid));
    return 0;
  },
});

const unpause = xlCommand({
  name: 'unpause',
  virsh: 'virsh resume {domain}',
  run(c, args) {
    const g = c.getopt(args, '', {}, 'unpause', 1);
    if (typeof g === 'number') return g;
    const t = c.findDomain(g.params[0], true);
    if (typeof t === 'number') return t;
    const held = t.x ? pauseInMigration(c, t.x, false) : null;
    if (held !== null) return held;
    if (!t.x) {
      noSuchDomid(c, t.id);
      return 0;
    }
    if (t.x.state === 'paused') c.apply(domainResume(c.op(), t.x.uuid));
    return 0;
  },
});

const destroy = xlCommand({
  name: 'destroy',
  virsh: 'virsh destroy {domain}',
  run(c, args) {
    const g = c.getopt(args, '', {}, 'destroy', 1);
    if (typeof g === 'number') return g;
    const t = c.findDomain(g.params[0], true);
    if (typeof t === 'number') return t;
    const held = t.x ? destroyInMigration(c, t.x) : null;
    if (held !== null) return held;
    if (t.id === 0) {
      c.eprint('Cannot destroy privileged domain 0.\n\n');
      return 255;
    }
    if (!t.x) {
      c.libxl('libxl.c:1390:libxl__destroy_domid', `non-existant domain ${t.id}`);
      c.libxl('libxl.c:1354:domain_destroy_callback', `unable to destroy guest with domid ${t.id}`);
      c.libxl('libxl.c:1281:domain_destroy_cb', `destruction of domain ${t.id} failed`);
      c.eprint('destroy failed (rc=-6)\n');
      return 255;
    }
    c.apply(domainDestroy(c.op(), t.x.uuid));
    return 0;
  },
});

/**
 * xl shutdown / reboot (main_shutdown_or_reboot): writes the request to the guest's PV control
 * node. An HVM guest without PV drivers has none: xl refuses unless -F sends an ACPI event.
 * The lab's HVM guests run without PV drivers. The guest acts a few seconds later; -w waits for it
 * (wait_for_domain_deaths: the domain's shutdown event).
 */
function shutdownOrReboot(c: XlCtx, args: string[], reboot: boolean): number {
  const what = reboot ? 'reboot' : 'shutdown';
  const g = c.getopt(args, 'awF', { all: { short: 'a', arg: false }, wait: { short: 'w', arg: false } }, what, 0);
  if (typeof g === 'number') return g;
  const has = (o: string) => g.opts.some((x) => x.opt === o);
  if (!g.params[0] && !has('a')) {
    c.eprint('You must specify -a or a domain id.\n\n');
    return 255;
  }
  let targets: { id: number; x: XenDomain | undefined }[];
  if (has('a'))
    targets = c
      .domains()
      .filter((x) => x.id !== 0)
      .map((x) => ({ id: x.id!, x }));
  else {
    const t = c.findDomain(g.params[0]);
    if (typeof t === 'number') return t;
    targets = [t];
  }
  for (const t of targets) {
    c.eprint(`${reboot ? 'Rebooting' : 'Shutting down'} domain ${t.id}\n`);
    if (!t.x) {
      noSuchDomid(c, t.id);
      c.eprint(`${what} failed (rc=-3)\n`);
      return 255;
    }
    if (t.x.hvm) {
      if (!has('F')) {
        c.eprint(`PV control interface not available: external graceful ${what} not possible.\n`);
        c.eprint(`Use "-F" to fallback to ACPI ${reboot ? 'reset' : 'power'} event.\n`);
        c.eprint(`${what} failed (rc=-10)\n`);
        return 255;
      }
      c.eprint(`PV control interface not available: sending ACPI ${reboot ? 'reset' : 'power'} button event.\n`);
    }
    // Domain-0 is never asked; a paused guest gets the request and acts once unpaused.
    if (t.id === 0) continue;
    const pv = !t.x.hvm;
    const r = reboot
      ? pv
        ? domainReboot(c.op(), t.x.uuid, PARAVIRT)
        : domainReset(c.op(), t.x.uuid)
      : domainShutdown(c.op(), t.x.uuid, pv ? PARAVIRT : ACPI);
    c.apply(r);
  }
  if (has('w')) {
    c.eprint(`Waiting for ${targets.length} domains\n`);
    const stuck = c.waitForGuests(targets.flatMap((t) => (t.x ? [t.x.uuid] : [])));
    for (const t of targets)
      if (!stuck.includes(t.x!.name)) c.eprint(`Domain ${t.id} has been shut down, reason code ${reboot ? 1 : 0}\n`);
    for (const name of stuck) {
      const hvm = targets.find((t) => t.x?.name === name)?.x?.hvm;
      c.eprint(neverDone('xl', name, c.domains(), reboot && hvm));
    }
  }
  return 0;
}

const shutdown = xlCommand({
  name: 'shutdown',
  virsh: 'virsh shutdown {domain}',
  note: 'An HVM guest without PV drivers ignores xl shutdown; -F presses the ACPI power button instead.',
  run: (c, args) => shutdownOrReboot(c, args, false),
});

const reboot = xlCommand({
  name: 'reboot',
  virsh: 'virsh reboot {domain}',
  run: (c, args) => shutdownOrReboot(c, args, true),
});

const TRIGGERS = ['nmi', 'reset', 'init', 'power', 'sleep', 's3resume'];

const trigger = xlCommand({
  name: 'trigger',
  virsh: 'virsh reset {domain}',
  note: 'xl trigger <domain> reset is the reset button (virsh reset); power is the ACPI power button. HVM guests only.',
  run(c, args) {
    const g = c.getopt(args, '', {}, 'trigger', 2);
    if (typeof g === 'number') return g;
    const t = c.findDomain(g.params[0]);
    if (typeof t === 'number') return t;
    const name = g.params[1];
    if (!TRIGGERS.includes(name)) {
      c.eprint(`Invalid trigger "${name}"\n`);
      return 255;
    }
    const v = g.params[2];
    if (v !== undefined && !/^\s*[+-]?\d/.test(v)) c.eprint('Invalid vcpuid, using default vcpuid=0.\n\n');
    // Xen delivers triggers to HVM guests only (XEN_DOMCTL_sendtrigger).
    if (!t.x?.hvm) {
      c.libxl('libxl.c:5129:libxl_send_trigger', `Send trigger '${name}' failed`, t.x ? 'EINVAL' : 'ESRCH');
      return 0;
    }
    if (name === 'reset' && t.id !== 0) c.apply(domainReset(c.op(), t.x.uuid));
    if (name === 'power' && t.id !== 0 && (t.x.state === 'running' || t.x.state === 'idle'))
      c.apply(domainShutdown(c.op(), t.x.uuid));
    return 0;
  },
});

const rename = xlCommand({
  name: 'rename',
  virsh: 'virsh domrename {domain} {new-name}',
  run(c, args) {
    const g = c.getopt(args, '', {}, 'rename', 2);
    if (typeof g === 'number') return g;
    const [dom, newName] = g.params;
    const t = c.findDomain(dom);
    if (typeof t === 'number') return t;
    const clash = c.domains().find((x) => x.name === newName && x.id !== t.id);
    if (clash) {
      c.libxl('libxl.c:325:libxl__domain_rename', `domain with name "${newName}" already exists.`);
      c.eprint(`Can't rename domain '${dom}'.\n`);
      return 1;
    }
    if (!t.x?.domain || !c.apply(xenRename(c.op(), t.x.uuid, newName))) {
      c.eprint(`Can't rename domain '${dom}'.\n`);
      return 1;
    }
    return 0;
  },
});

const console = xlCommand({
  name: 'console',
  virsh: 'virsh console {domain}',
  note: 'Runs xenconsole on your terminal (Ctrl+] detaches). The lab console is not a terminal: xenconsole reads end-of-file at once and returns.',
  run(c, args) {
    const g = c.getopt(args, 'n:t:', {}, 'console', 1);
    if (typeof g === 'number') return g;
    const type = g.opts.find((o) => o.opt === 't')?.arg;
    if (type !== undefined && type !== 'pv' && type !== 'serial') {
      c.eprint('console type supported are: pv, serial\n');
      return 2;
    }
    const t = c.findDomain(g.params[0], true);
    if (typeof t === 'number') return t;
    const held = t.x ? consoleInMigration(c, t.x) : null;
    if (held !== null) return held;
    if (t.id === 0) {
      c.eprint("Can't specify Domain-0\n");
      return 22;
    }
    if (!t.x) {
      c.eprint('Unable to attach console\n');
      return 1;
    }
    return 0;
  },
});

const top = xlCommand({
  name: 'top',
  virsh: { none: 'virsh has no top; virt-top is a separate program' },
  note: 'xl top only runs xentop, a full-screen program; the lab console shows one frame of its screen.',
  run(c, args) {
    const g = c.getopt(args, '', {}, 'top', 0);
    if (typeof g === 'number') return g;
    // main_top: system("xentop"), which draws its screen on the terminal until q.
    c.print(xentop([], c.host(), c.now).stdout);
    return 0;
  },
});

export const lifecycleCommands = [pause, unpause, destroy, shutdown, reboot, trigger, rename, console, top];
