import {
  domainDestroy,
  domainReboot,
  domainReset,
  domainResume,
  domainShutdown,
  domainStart,
  domainSuspend,
} from '../../../sim/ops/lifecycle';
import { domainManagedSaveRemove } from '../../../sim/ops/save';
import { unsupportedFlags } from '../../../sim/result';
import { domainName } from '../../../sim/world';
import type { CmdCtx } from '../context';
import type { VirshCommand } from './types';

/** virsh's --mode values for shutdown/reboot, as VIR_DOMAIN_SHUTDOWN_* / REBOOT_* bits. */
const MODES: Record<string, number> = { acpi: 1, agent: 2, initctl: 4, signal: 8, paravirt: 16 };

function modeFlags(c: CmdCtx, cmd: 'shutdown' | 'reboot'): number | null {
  const mode = c.str('mode');
  if (mode === undefined) return 0;
  let flags = 0;
  for (const m of mode.split(',')) {
    if (!(m in MODES)) {
      c.error(
        cmd === 'shutdown'
          ? `Unknown mode ${m} value, expecting 'acpi', 'agent', 'initctl', 'signal', or 'paravirt'`
          : `Unknown mode ${m} value, expecting 'acpi', 'agent', 'initctl', 'signal' or 'paravirt'`,
      );
      return null;
    }
    flags |= MODES[m];
  }
  return flags;
}

const start: VirshCommand = {
  name: 'start',
  api: (c) =>
    ['paused', 'autodestroy', 'bypass-cache', 'force-boot'].some((o) => c.has(o))
      ? 'virDomainCreateWithFlags'
      : 'virDomainCreate',
  action: 'start',
  xm: 'xm start {domain}',
  xl: { none: 'xl has no managed domains: xl create /etc/xen/{domain}.cfg' },
  // xm start: "-p, --paused  Do not unpause domain after starting it" (Xen 4.4 xm/main.py).
  flags: { paused: { xm: '-p' }, 'force-boot': {} },
  run(c) {
    // virsh looks a domain to start up by name or UUID only: an inactive one has no id.
    const d = c.domain('domain', { uuid: true, name: true });
    if (!d) return false;
    const name = domainName(d);
    if (d.id !== null) {
      c.error('Domain is already active');
      return false;
    }
    if (c.has('force-boot') && d.managedSave) {
      // virsh emulates --force-boot by removing the managed save image first.
      const r = c.apply(domainManagedSaveRemove(c.op(), d.uuid));
      if (!r) return false;
    }
    const ok = c.apply(
      domainStart(c.op(), d.uuid, {
        paused: c.has('paused'),
        autodestroy: c.has('autodestroy'),
        bypassCache: c.has('bypass-cache'),
      }),
      `Failed to start domain '${name}'`,
    );
    if (!ok) return false;
    c.extra(`Domain '${name}' started\n`);
    if (c.has('console')) {
      c.error('Cannot run interactive console without a controlling TTY');
      return false;
    }
    return true;
  },
};

const shutdown: VirshCommand = {
  name: 'shutdown',
  api: (c) => (c.has('mode') ? 'virDomainShutdownFlags' : 'virDomainShutdown'),
  action: 'shutdown',
  xm: 'xm shutdown {domain}',
  xl: 'xl shutdown {domain}',
  run(c) {
    const flags = modeFlags(c, 'shutdown');
    if (flags === null) return false;
    const d = c.domain();
    if (!d) return false;
    const name = c.str('domain')!;
    if (!c.apply(domainShutdown(c.op(), d.uuid, flags), `Failed to shutdown domain '${name}'`)) return false;
    c.extra(`Domain '${name}' is being shutdown\n`);
    return true;
  },
};

const reboot: VirshCommand = {
  name: 'reboot',
  api: 'virDomainReboot',
  action: 'reboot',
  xm: 'xm reboot {domain}',
  xl: 'xl reboot {domain}',
  run(c) {
    const flags = modeFlags(c, 'reboot');
    if (flags === null) return false;
    const d = c.domain();
    if (!d) return false;
    const name = c.str('domain')!;
    if (!c.apply(domainReboot(c.op(), d.uuid, flags), `Failed to reboot domain '${name}'`)) return false;
    c.extra(`Domain '${name}' is being rebooted\n`);
    return true;
  },
};

const reset: VirshCommand = {
  name: 'reset',
  api: 'virDomainReset',
  action: 'reset',
  xm: 'xm reset {domain}',
  xl: 'xl trigger {domain} reset',
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const name = c.str('domain')!;
    if (!c.apply(domainReset(c.op(), d.uuid), `Failed to reset domain '${name}'`)) return false;
    c.extra(`Domain '${name}' was reset\n`);
    return true;
  },
};

const destroy: VirshCommand = {
  name: 'destroy',
  api: (c) => (c.has('graceful') || c.has('remove-logs') ? 'virDomainDestroyFlags' : 'virDomainDestroy'),
  action: 'destroy',
  xm: 'xm destroy {domain}',
  xl: 'xl destroy {domain}',
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const name = c.str('domain')!;
    // testDomainDestroyFlags accepts only VIR_DOMAIN_DESTROY_GRACEFUL; REMOVE_LOGS is 0x2.
    if (c.has('remove-logs') && c.host().driver === 'test') {
      if (!c.refuseReadonly(`Failed to destroy domain '${name}'`)) {
        c.error(`Failed to destroy domain '${name}'`);
        const refused = unsupportedFlags(0x2, 'testDomainDestroyFlags');
        if (!refused.ok) c.libvirtError(refused.error);
      }
      return false;
    }
    if (!c.apply(domainDestroy(c.op(), d.uuid, c.has('graceful')), `Failed to destroy domain '${name}'`)) return false;
    c.extra(`Domain '${name}' destroyed\n`);
    return true;
  },
};

const suspend: VirshCommand = {
  name: 'suspend',
  api: 'virDomainSuspend',
  action: 'suspend',
  xm: 'xm pause {domain}',
  xl: 'xl pause {domain}',
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const name = c.str('domain')!;
    if (!c.apply(domainSuspend(c.op(), d.uuid), `Failed to suspend domain '${name}'`)) return false;
    c.extra(`Domain '${name}' suspended\n`);
    return true;
  },
};

const resume: VirshCommand = {
  name: 'resume',
  api: 'virDomainResume',
  action: 'resume',
  xm: 'xm unpause {domain}',
  xl: 'xl unpause {domain}',
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const name = c.str('domain')!;
    if (!c.apply(domainResume(c.op(), d.uuid), `Failed to resume domain '${name}'`)) return false;
    c.extra(`Domain '${name}' resumed\n`);
    return true;
  },
};

export const lifecycleCommands = [start, shutdown, reboot, reset, destroy, suspend, resume];
