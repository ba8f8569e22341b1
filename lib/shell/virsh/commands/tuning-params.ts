import {
  BLKIO_DEVICE_FIELDS,
  domainGetBlkioParameters,
  domainSetBlkioParameters,
  type BlkioParam,
} from '../../../sim/ops/blkio';
import {
  domainGetNumaParameters,
  domainGetPerfEvents,
  domainSetNumaParameters,
  domainSetPerfEvents,
} from '../../../sim/ops/numa-perf';
import { formatCpuList } from '../../../sim/cpulist';
import type { Result } from '../../../sim/result';
import { NUMA_MODES, type Domain } from '../../../sim/types';
import type { CmdCtx } from '../context';
import { reqString } from './pool-lookup';
import type { VirshCommand } from './types';

/** virsh prints typed parameters as "%-15s: %s". */
export const paramLines = (rows: ReadonlyArray<readonly [string, string | number]>) =>
  rows.map(([f, v]) => `${f.padEnd(15)}: ${v}\n`).join('');

/** What the tuning commands share: option checks, the domain, and the test driver as the only host modelled. */
export function tuningDomain(c: CmdCtx, beforeLookup = () => true): Domain | undefined {
  if (!c.exclusive('current', 'live') || !c.exclusive('current', 'config') || !beforeLookup()) return undefined;
  const d = c.domain();
  if (!d) return undefined;
  // The lab's QEMU and Xen hosts keep no cgroup, NUMA, perf or IOThread tuning (decision 030).
  if (c.host().driver !== 'test') {
    c.error(`command '${c.name}' is not simulated by VirtLab`);
    return undefined;
  }
  return d;
}

/** A query's answer; else virsh's line for the failed call and libvirt's error. */
export function answer<T>(c: CmdCtx, r: Result<T>, failLine: string): T | undefined {
  if (r.ok) return r.value;
  c.error(failLine);
  c.libvirtError(r.error);
  return undefined;
}

/** A query whose count call goes through the public API, which refuses --live with --config first. */
export function countRefused(c: CmdCtx, what: string): boolean {
  if (!c.has('live') || !c.has('config')) return false;
  c.error(`Unable to get number of ${what}`);
  c.libvirtError({
    code: 'INVALID_ARG',
    message: "Flags 'VIR_DOMAIN_AFFECT_LIVE' and 'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive",
  });
  return true;
}

const noBlkio = { none: 'xm and xl have no block I/O weights (a cgroup feature of QEMU/KVM hosts)' };
const noNuma = { none: 'xm and xl set no NUMA memory policy: xl places memory by the CPUs in cpus=' };
const noPerf = { none: 'xm and xl have no perf event counters per guest' };

const blkiotune: VirshCommand = {
  name: 'blkiotune',
  api: 'virDomainSetBlkioParameters',
  xm: noBlkio,
  xl: noBlkio,
  run(c) {
    const d = tuningDomain(c);
    if (!d) return false;
    const params: BlkioParam[] = [];
    const weight = c.int('weight');
    if (weight === null) return false;
    if (weight !== undefined) {
      if (weight <= 0) {
        c.error(`Invalid value of ${weight} for I/O weight`);
        return false;
      }
      params.push(['weight', weight]);
    }
    for (const field of BLKIO_DEVICE_FIELDS) {
      const v = c.str(field.replace(/_/g, '-').replace('device-weight', 'device-weights'));
      if (v === '') {
        c.error('Unable to parse string parameter');
        return false;
      }
      if (v !== undefined) params.push([field, v]);
    }
    if (params.length) {
      const failLine = 'Unable to change blkio parameters';
      const done = c.apply(domainSetBlkioParameters(c.op(), d.uuid, params, c.affect()), failLine);
      // A list the driver could not parse fails the call after the other changes were made.
      if (done?.error) {
        c.error(failLine);
        c.libvirtError(done.error);
      }
      return !!done && !done.error;
    }
    if (countRefused(c, 'blkio parameters')) return false;
    const got = answer(c, domainGetBlkioParameters(c.op(), d.uuid, c.affect()), 'Unable to get blkio parameters');
    if (!got) return false;
    c.print(paramLines(got));
    return true;
  },
};

/** cmdNumatune's --mode: a mode's name, else a number as strtol reads it in base 0. */
function numaMode(c: CmdCtx, text: string): number | null {
  const named = (NUMA_MODES as readonly string[]).indexOf(text);
  if (named >= 0) return named;
  const m = /^[ \t\n\v\f\r]*([+-]?)(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)$/i.exec(text);
  const n = m ? Number(m[2].startsWith('0') && !/^0x/i.test(m[2]) ? Number.parseInt(m[2], 8) : m[2]) : Number.NaN;
  const value = m?.[1] === '-' ? -n : n;
  if (!Number.isInteger(value) || value < -2147483648 || value > 2147483647) {
    c.error(`Invalid mode: ${text}`);
    return null;
  }
  return value;
}

const numatune: VirshCommand = {
  name: 'numatune',
  api: 'virDomainSetNumaParameters',
  xm: noNuma,
  xl: noNuma,
  run(c) {
    const d = tuningDomain(c);
    if (!d) return false;
    const nodeset = reqString(c, 'nodeset');
    if (nodeset === null) return false;
    const modeText = reqString(c, 'mode');
    if (modeText === null) return false;
    const mode = modeText === undefined ? undefined : numaMode(c, modeText);
    if (mode === null) return false;
    if (nodeset !== undefined || mode !== undefined) {
      const r = domainSetNumaParameters(c.op(), d.uuid, { mode, nodeset }, c.affect());
      return !!c.apply(r, 'Unable to change numa parameters');
    }
    const got = answer(c, domainGetNumaParameters(c.op(), d.uuid, c.affect()), 'Unable to get numa parameters');
    if (!got) return false;
    c.print(
      paramLines([
        ['numa_mode', got.mode],
        ['numa_nodeset', formatCpuList(got.nodeset)],
      ]),
    );
    return true;
  },
};

const perf: VirshCommand = {
  name: 'perf',
  api: 'virDomainSetPerfEvents',
  xm: noPerf,
  xl: noPerf,
  run(c) {
    // cmdPerf reads its event lists before it looks the domain up.
    let enable: string | undefined | null;
    let disable: string | undefined | null;
    const d = tuningDomain(c, () => {
      enable = reqString(c, 'enable');
      disable = enable === null ? null : reqString(c, 'disable');
      return enable !== null && disable !== null;
    });
    if (!d || enable === null || disable === null) return false;
    // virshParseEventStr: comma-separated names, empty ones skipped.
    const names = (s?: string) => (s ?? '').split(',').filter(Boolean);
    const events: Array<[string, boolean]> = [
      ...names(enable).map((e): [string, boolean] => [e, true]),
      ...names(disable).map((e): [string, boolean] => [e, false]),
    ];
    const status = (list: Array<[string, boolean]>) =>
      paramLines(list.map(([e, on]) => [e, on ? 'enabled' : 'disabled']));
    if (events.length) {
      if (!c.apply(domainSetPerfEvents(c.op(), d.uuid, events, c.affect()), 'Unable to enable/disable perf events'))
        return false;
      c.print(status(events));
      return true;
    }
    const got = answer(c, domainGetPerfEvents(c.op(), d.uuid, c.affect()), 'Unable to get perf events');
    if (!got) return false;
    c.print(status(got));
    return true;
  },
};

export const tuningParamCommands: VirshCommand[] = [blkiotune, numatune, perf];
