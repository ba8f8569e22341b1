import { formatCpuList, parseCpuList } from '../../../sim/cpulist';
import {
  domainAddIOThread,
  domainDelIOThread,
  domainGetIOThreadInfo,
  domainPinIOThread,
  domainSetIOThreadParams,
} from '../../../sim/ops/iothreads';
import type { Domain } from '../../../sim/types';
import type { CmdCtx } from '../context';
import { parseULongLong } from '../numbers';
import { hostMapCpus } from './pinning';
import { reqString } from './pool-lookup';
import { answer, tuningDomain } from './tuning-params';
import type { VirshCommand } from './types';

const none = { none: 'Xen has no IOThreads (QEMU runs block I/O in them)' };

/**
 * cmdIOThreadAdd/Del/Set: the domain, then --id read as an int, anything below 1 refused by virsh
 * itself.
 */
function domainAndThread(c: CmdCtx): { d: Domain; id: number } | null {
  const d = tuningDomain(c);
  if (!d) return null;
  const id = c.int('id');
  if (id === null || id === undefined) return null;
  if (id <= 0) {
    c.error(`Invalid IOThread id value: '${id}'`);
    return null;
  }
  return { d, id };
}

const iothreadinfo: VirshCommand = {
  name: 'iothreadinfo',
  readOnly: true,
  xm: none,
  xl: none,
  run(c) {
    const d = tuningDomain(c);
    if (!d) return false;
    const got = answer(
      c,
      domainGetIOThreadInfo(c.op(), d.uuid, c.affect()),
      'Unable to get domain IOThreads information',
    );
    if (!got) return false;
    if (!got.length) {
      c.extra('No IOThreads found for the domain');
      return true;
    }
    const max = hostMapCpus(c.host());
    const rows = got.map((t) => [String(t.id), formatCpuList(t.cpus.filter((cpu) => cpu < max))]);
    c.print(c.table(['IOThread ID', 'CPU Affinity'], rows));
    return true;
  },
};

/** iothreadadd and iothreaddel differ only in their name, API and simulator operation. */
function iothreadChange(
  name: string,
  api: string,
  op: typeof domainAddIOThread | typeof domainDelIOThread,
): VirshCommand {
  return {
    name,
    api,
    xm: none,
    xl: none,
    run(c) {
      const got = domainAndThread(c);
      return !!got && !!c.apply(op(c.op(), got.d.uuid, got.id, c.affect()));
    },
  };
}

const iothreadadd = iothreadChange('iothreadadd', 'virDomainAddIOThread', domainAddIOThread);
const iothreaddel = iothreadChange('iothreaddel', 'virDomainDelIOThread', domainDelIOThread);

const iothreadpin: VirshCommand = {
  name: 'iothreadpin',
  api: 'virDomainPinIOThread',
  xm: none,
  xl: none,
  run(c) {
    const d = tuningDomain(c);
    if (!d) return false;
    const id = c.uint('iothread');
    const list = id === null ? null : reqString(c, 'cpulist');
    if (id === null || id === undefined || list === null || list === undefined) return false;
    const cpus = parseCpuList(list, hostMapCpus(c.host()));
    if (!cpus.ok) {
      const [own, lib] = cpus.error.message.split('\n');
      c.error(own);
      if (lib) c.libvirtError({ code: 'INVALID_ARG', message: lib });
      return false;
    }
    return !!c.apply(domainPinIOThread(c.op(), d.uuid, id, cpus.value, c.affect()));
  },
};

/** cmdIOThreadSet's options: the polling ones (unsigned) and the thread pool's bounds (int). */
const SET_OPTIONS = [
  ['poll-max-ns', 'ull'],
  ['poll-grow', 'uint'],
  ['poll-shrink', 'uint'],
  ['thread-pool-min', 'int'],
  ['thread-pool-max', 'int'],
] as const;

const iothreadset: VirshCommand = {
  name: 'iothreadset',
  api: 'virDomainSetIOThreadParams',
  xm: none,
  xl: none,
  run(c) {
    const got = domainAndThread(c);
    if (!got) return false;
    const fields: string[] = [];
    for (const [opt, kind] of SET_OPTIONS) {
      if (!c.has(opt)) continue;
      if (kind === 'ull' && !parseULongLong(c.str(opt)!, opt).ok) {
        c.error(`Numeric value '${c.str(opt)}' for <${opt}> option is malformed or out of range`);
        return false;
      }
      if ((kind === 'uint' ? c.uint(opt) : kind === 'int' ? c.int(opt) : 0) === null) return false;
      fields.push(opt.replace(/-/g, '_'));
    }
    if (!fields.length) {
      c.error('Not enough arguments passed, nothing to set');
      return false;
    }
    if (c.refuseReadonly()) return false;
    const r = domainSetIOThreadParams(c.op(), got.d.uuid, got.id, fields, c.affect());
    if (!r.ok) c.libvirtError(r.error);
    return r.ok;
  },
};

export const iothreadCommands: VirshCommand[] = [iothreadinfo, iothreadadd, iothreaddel, iothreadpin, iothreadset];
