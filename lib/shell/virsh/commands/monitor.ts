import { domainGetHostname, domainGetTime, domainSetTime } from '../../../sim/ops/guest';
import { isActive } from '../../../sim/states';
import { currentDef } from '../../../sim/world';
import type { Domain } from '../../../sim/types';
import type { CmdCtx } from '../context';
import { parseLongLong } from '../numbers';
import type { VirshCommand } from './types';

const domhostname: VirshCommand = {
  name: 'domhostname',
  readOnly: true,
  xm: { none: 'xm cannot ask a guest for its hostname' },
  xl: { none: 'xl cannot ask a guest for its hostname' },
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const source = c.str('source');
    if (source !== undefined && source !== 'lease' && source !== 'agent') {
      c.error(`Unknown data source '${source}'`);
      return false;
    }
    const r = domainGetHostname(c.op(), d.uuid, source);
    if (!r.ok) {
      c.error('failed to get hostname');
      c.libvirtError(r.error);
      return false;
    }
    c.print(`${r.value}\n`);
    return true;
  },
};

/** The guest clock as `--pretty` prints it (strftime "%Y-%m-%d %H:%M:%S", the host runs on UTC). */
export const pretty = (s: bigint) => new Date(Number(s) * 1000).toISOString().slice(0, 19).replace('T', ' ');

const domtime: VirshCommand = {
  name: 'domtime',
  api: 'virDomainSetTime',
  xm: { none: 'xm cannot read or set a guest clock' },
  xl: { none: 'xl cannot read or set a guest clock' },
  run(c) {
    if (!c.exclusive('time', 'now') || !c.exclusive('time', 'sync') || !c.exclusive('now', 'sync')) return false;
    const d = c.domain();
    if (!d) return false;
    // cmdDomTime reads --time with vshCommandOptLongLong (seed 361).
    const text = c.str('time');
    const time = text === undefined ? undefined : parseLongLong(text, 'time');
    if (time && !time.ok) {
      c.error(time.error);
      return false;
    }
    if (time !== undefined || c.has('now') || c.has('sync')) {
      const seconds = c.has('sync') ? null : (time?.value ?? BigInt(Math.floor(c.s.now / 1000)));
      return !!c.apply(domainSetTime(c.op(), d.uuid, seconds));
    }
    const r = domainGetTime(c.op(), d.uuid);
    if (!r.ok) {
      c.libvirtError(r.error);
      return false;
    }
    c.print(`Time: ${c.has('pretty') ? pretty(r.value) : r.value}`);
    return true;
  },
};

/** The named domain if it runs; libvirt's refusal otherwise. */
function runningDomain(c: CmdCtx): Domain | null {
  const d = c.domain();
  if (!d) return null;
  if (!isActive(d.state)) {
    c.libvirtError({ code: 'OPERATION_INVALID', message: 'Requested operation is not valid: domain is not running' });
    return null;
  }
  return d;
}

const domcontrol: VirshCommand = {
  name: 'domcontrol',
  readOnly: true,
  xm: { none: 'xm has no monitor state query' },
  xl: { none: 'xl has no monitor state query' },
  run(c) {
    const d = runningDomain(c);
    if (!d) return false;
    c.print('ok\n');
    return true;
  },
};

const domblkerror: VirshCommand = {
  name: 'domblkerror',
  readOnly: true,
  xm: { none: 'xm has no disk error query' },
  xl: { none: 'xl has no disk error query' },
  run(c) {
    const d = runningDomain(c);
    if (!d) return false;
    // The test driver reports an error on every disk, alternating the two kinds (testDomainGetDiskErrors).
    const disks = c.host().driver === 'test' ? currentDef(d).disks : [];
    c.print(
      disks.length
        ? disks.map((k, i) => `${k.target}: ${i % 2 ? 'no space' : 'unspecified error'}\n`).join('')
        : 'No errors found\n',
    );
    return true;
  },
};

/** testNodeGetCPUStats' fixed figures (ns); --percent divides two equal samples: -nan. */
const nodecpustats: VirshCommand = {
  name: 'nodecpustats',
  readOnly: true,
  xm: 'xm info',
  xl: 'xl info',
  run(c) {
    const cpu = c.int('cpu');
    if (cpu === null) return false;
    const stats: Array<[string, bigint]> = [
      ['user', 9797400000n],
      ['system', 34678723400000n],
      ['idle', 87264900000n],
      ['iowait', 763600000n],
    ];
    if (c.has('percent'))
      c.print(['usage', ...stats.map(([k]) => k)].map((k) => `${`${k}:`.padEnd(15)}  -nan%\n`).join(''));
    else c.print(stats.map(([k, v]) => `${`${k}:`.padEnd(15)} ${String(v).padStart(20)}\n`).join(''));
    return true;
  },
};

export const monitorCommands: VirshCommand[] = [domhostname, domtime, domcontrol, domblkerror, nodecpustats];
