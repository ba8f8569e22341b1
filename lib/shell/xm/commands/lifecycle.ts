import { firstMissingDisk, xendNoImage } from '../../xen/missing-disk';
import {
  domainDestroy,
  domainReboot,
  domainReset,
  domainResume,
  domainShutdown,
  domainStart,
  domainSuspend,
} from '../../../sim/ops/lifecycle';
import { domainManagedSave } from '../../../sim/ops/save';
import { domainUndefine } from '../../../sim/ops/define';
import { xenRename } from '../../../sim/ops/xen';
import { hvmCapable } from '../../xen/host-info';
import { libxlDomains } from '../../xen/view';
import type { XenDomain } from '../../xen/view';
import type { XmCtx } from '../context';
import { fault, faultRepr, noDomain, optionError, sysExit, type XmExit } from '../exits';
import { gnuGetopt } from '../../xen/getopt';
import { neverDone } from '../../xen/wait';
import { xendShutsDown } from '../../../sim/ops/guest-request';

/** VIR_DOMAIN_SHUTDOWN_PARAVIRT: xend writes the request to the guest's control node. */
const PARAVIRT = 16;
import { argCheck, usageExit, xmCommand } from './types';

/** image.py: an HVM guest on a host whose Xen has no hvm-3.0 capability. */
export const HVM_REQUIRED =
  'HVM guest support is unavailable: is VT/AMD-V supported by your CPU and enabled in your BIOS?';

/** xend's messages for a domain that is not up: dom0 refusals and VMBadState. */
const isDom0 = (x: XenDomain) => x.id === 0;
const up = (x: XenDomain, ...states: string[]) =>
  x.id !== null && states.includes(x.state === 'idle' ? 'running' : x.state);

/** A simulator refusal that xend's own checks did not foresee (a migration holding the domain). */
const simFault = (r: { ok: boolean; error?: { message: string } }) => fault(r.error?.message ?? 'Internal error');

const pause = xmCommand({
  name: 'pause',
  virsh: 'virsh suspend {domain}',
  run(c, args) {
    const bad = argCheck(c, args, 'pause', 1);
    if (bad) return bad;
    const x = c.lookup(args[0]);
    if (!x) return noDomain(args[0]);
    if (isDom0(x)) return fault(`Cannot pause privileged domain ${args[0]}`);
    if (!up(x, 'running', 'paused', 'crashed')) return fault(`Domain '${args[0]}' is not started`);
    if (x.state !== 'running' && x.state !== 'idle') return;
    // xend takes no lock: a guest it is migrating is paused at once (xc.domain_pause), and its
    // migration then waits for a suspend the paused guest cannot answer (decision 074).
    const r = domainSuspend(c.op(), x.uuid);
    if (!c.apply(r)) return simFault(r);
  },
});

const unpause = xmCommand({
  name: 'unpause',
  virsh: 'virsh resume {domain}',
  run(c, args) {
    const bad = argCheck(c, args, 'unpause', 1);
    if (bad) return bad;
    const x = c.lookup(args[0]);
    if (!x) return noDomain(args[0]);
    if (isDom0(x)) return fault(`Cannot unpause privileged domain ${args[0]}`);
    if (!up(x, 'running', 'paused')) return fault(`Domain '${args[0]}' is not started`);
    if (x.state !== 'paused') return;
    const r = domainResume(c.op(), x.uuid);
    if (!c.apply(r)) return simFault(r);
  },
});

const destroy = xmCommand({
  name: 'destroy',
  virsh: 'virsh destroy {domain}',
  run(c, args) {
    const bad = argCheck(c, args, 'destroy', 1);
    if (bad) return bad;
    const x = c.lookup(args[0]);
    if (x && isDom0(x)) return fault(`Cannot destroy privileged domain ${args[0]}`);
    // Not a known domain: xend tries it as a raw domid, which Xen does not know either.
    if (!x) return /^\s*[+-]?\d+\s*$/.test(args[0]) ? fault("(3, 'No such process')") : noDomain(args[0]);
    // XendDomainInfo.destroy returns at once for a domain that is not running.
    if (x.id === null) return;
    const r = domainDestroy(c.op(), x.uuid);
    if (!c.apply(r)) return simFault(r);
  },
});

const reset = xmCommand({
  name: 'reset',
  virsh: 'virsh reset {domain}',
  run(c, args) {
    const bad = argCheck(c, args, 'reset', 1);
    if (bad) return bad;
    const x = c.lookup(args[0]);
    if (!x) return noDomain(args[0]);
    if (isDom0(x)) return fault(`Cannot reset privileged domain ${args[0]}`);
    if (!up(x, 'running', 'paused')) return fault(`Domain '${args[0]}' is not started`);
    const r = domainReset(c.op(), x.uuid);
    if (!c.apply(r)) return simFault(r);
  },
});

/** xm/shutdown.py: -a all, -w wait, -H halt, -R reboot; messages from its Opts. */
function shutdownMain(c: XmCtx, argv: string[], reboot: boolean): XmExit | undefined {
  const g = gnuGetopt(argv, 'hawHR', ['help', 'all', 'wait', 'halt', 'reboot']);
  const use = '[options] [DOM]\n\nShutdown one or more domains gracefully.\n';
  if (!g.ok) return optionError(g.error, use);
  const has = (s: string, l: string) => g.opts.some(([k]) => k === s || k === l) || (reboot && s === '-R');
  if (has('-h', '--help')) return;
  if (has('-H', '--halt') && has('-R', '--reboot')) {
    c.error("Can't specify halt and reboot");
    return sysExit(1);
  }
  const mode = has('-R', '--reboot') ? 'reboot' : 'poweroff';
  let targets: XenDomain[];
  if (has('-a', '--all')) {
    targets = libxlDomains(c.host(), c.now).filter((x) => x.id !== 0);
  } else {
    if (g.params.length === 0) {
      c.error('No domain parameter given');
      return sysExit(1);
    }
    if (g.params.length > 1) {
      c.error('No multiple domain parameters allowed');
      return sysExit(1);
    }
    const x = c.lookup(g.params[0]);
    if (!x) return noDomain(g.params[0]);
    targets = [x];
  }
  const asked: string[] = [];
  for (const x of targets) {
    if (x.id === null) return fault('Domain cannot be shutdown');
    if (isDom0(x)) return fault('Domain 0 cannot be shutdown');
    // A PV guest is asked through its control node and acts a few seconds later (a paused one once
    // unpaused); xend shuts an HVM guest without PV drivers down itself, at once.
    if (x.hvm) {
      const d = c.host().domains.find((y) => y.uuid === x.uuid)!;
      c.world = xendShutsDown(c.op(), d, mode).world;
      continue;
    }
    const r = mode === 'reboot' ? domainReboot(c.op(), x.uuid, PARAVIRT) : domainShutdown(c.op(), x.uuid, PARAVIRT);
    if (!c.apply(r)) return simFault(r);
    asked.push(x.uuid);
  }
  if (has('-w', '--wait')) {
    const word = mode === 'reboot' ? 'rebooted' : 'terminated';
    const stuck = c.waitForGuests(asked);
    for (const x of targets) if (!stuck.includes(x.name)) c.print(`Domain ${x.name} ${word}\n`);
    for (const name of stuck) c.err += neverDone('xm', name, targets);
    if (!stuck.length) c.print(`All domains ${word}\n`);
  }
}

const shutdown = xmCommand({
  name: 'shutdown',
  virsh: 'virsh shutdown {domain}',
  run(c, args) {
    return argCheck(c, args, 'shutdown', 1, 4) ?? shutdownMain(c, args, false);
  },
});

const reboot = xmCommand({
  name: 'reboot',
  virsh: 'virsh reboot {domain}',
  run(c, args) {
    return argCheck(c, args, 'reboot', 1, 3) ?? shutdownMain(c, args, true);
  },
});

const start = xmCommand({
  name: 'start',
  virsh: 'virsh start {domain}',
  run(c, args) {
    const g = gnuGetopt(args, 'cp', ['console_autoconnect', 'paused', 'vncviewer', 'vncviewer-autopass']);
    if (!g.ok) {
      c.error(g.error);
      return usageExit(c, 'start');
    }
    if (g.params.length !== 1) return optionError('Expects 1 argument');
    const dom = g.params[0];
    const x = c.lookup(dom);
    if (!x) return noDomain(dom);
    if (x.id !== null || x.domain?.managedSave) return fault('Domain is already running');
    if (x.hvm && !hvmCapable(c.host())) return fault(HVM_REQUIRED);
    const config = x.domain?.config;
    const missing = config && firstMissingDisk(c.world, c.hostName, config);
    if (missing) return fault(xendNoImage(missing));
    const paused = g.opts.some(([k]) => k === '-p' || k === '--paused');
    const r = domainStart(c.op(), x.uuid, { paused });
    if (!c.apply(r)) return simFault(r);
  },
});

const del = xmCommand({
  name: 'delete',
  virsh: 'virsh undefine {domain}',
  run(c, args) {
    const bad = argCheck(c, args, 'delete', 1);
    if (bad) return bad;
    const x = c.lookup(args[0]);
    // domain_delete turns every exception, even XendInvalidDomain, into XendError(str(ex)).
    if (!x) return fault(faultRepr(3, args[0]));
    if (x.id !== null || x.domain?.managedSave || !x.domain) return fault('Domain is not halted.');
    const r = domainUndefine(c.op(), x.uuid, { managedSave: true, snapshotsMetadata: true });
    if (!c.apply(r)) return simFault(r);
  },
});

const suspend = xmCommand({
  name: 'suspend',
  virsh: 'virsh managedsave {domain}',
  note: 'xm suspend saves a xend-managed domain to disk (like virsh managedsave); xm pause is virsh suspend.',
  run(c, args) {
    const bad = argCheck(c, args, 'suspend', 1);
    if (bad) return bad;
    const x = c.lookup(args[0]);
    if (!x) return noDomain(args[0]);
    if (isDom0(x)) return fault(`Cannot suspend privileged domain ${args[0]}`);
    if (!up(x, 'running')) return fault('Domain is not running');
    if (!x.domain?.config) return fault('Domain is not managed by Xend lifecycle support.');
    const r = domainManagedSave(c.op(), x.uuid);
    if (!c.apply(r)) return simFault(r);
  },
});

const resume = xmCommand({
  name: 'resume',
  virsh: 'virsh start {domain}',
  run(c, args) {
    const bad = argCheck(c, args, 'resume', 1, 2);
    if (bad) return bad;
    const g = gnuGetopt(args, 'p', ['paused']);
    if (!g.ok) {
      c.error(g.error);
      return usageExit(c, 'resume');
    }
    if (g.params.length !== 1) {
      c.error('Wrong number of parameters');
      return usageExit(c, 'resume');
    }
    const dom = g.params[0];
    const x = c.lookup(dom);
    // domain_resume wraps every failure: "Error occurred when resuming: ...".
    const wrapped = (m: string) => fault(`Error occurred when resuming: ${m}`);
    if (!x) return wrapped(faultRepr(3, dom));
    if (isDom0(x)) return wrapped(`Cannot resume privileged domain ${dom}`);
    if (x.id !== null || !x.domain?.managedSave) return wrapped('Cannot resume domain that is not suspended.');
    const r = domainStart(c.op(), x.uuid, { paused: g.opts.length > 0 });
    if (!c.apply(r)) return wrapped(r.ok ? '' : r.error.message);
  },
});

const rename = xmCommand({
  name: 'rename',
  virsh: 'virsh domrename {domain} {new-name}',
  run(c, args) {
    const bad = argCheck(c, args, 'rename', 2);
    if (bad) return bad;
    const x = c.lookup(args[0]);
    if (!x) return noDomain(args[0]);
    // Renaming the control domain is not simulated (xend would rename Domain-0).
    if (!x.domain) return fault(`Cannot rename privileged domain ${args[0]}`);
    const r = xenRename(c.op(), x.uuid, args[1]);
    if (!c.apply(r)) return simFault(r);
  },
});

export const lifecycleCommands = [
  pause,
  unpause,
  destroy,
  reset,
  shutdown,
  reboot,
  start,
  del,
  suspend,
  resume,
  rename,
];
