import {
  domainGetSchedulerParameters,
  domainSetSchedulerParameters,
  schedulerType,
  type SchedParam,
} from '../../../sim/ops/scheduler';
import {
  domainGetMemoryParameters,
  domainSetMemoryParameters,
  MEMORY_UNLIMITED,
  type MemtuneField,
} from '../../../sim/ops/tuning';
import type { CmdCtx } from '../context';
import { parseScaled } from '../numbers';
import type { VirshCommand } from './types';

/**
 * virshMemtuneGetSize: virStrToLong_ll up to the unit (no number, or one beyond long long, fails
 * with no libvirt error), negative = unlimited, else virScaleInteger of that number with the rest
 * as its unit, up to LLONG_MAX, rounded up to KiB.
 */
function memtuneSize(c: CmdCtx, opt: string): number | undefined | null {
  const v = c.str(opt);
  if (v === undefined) return undefined;
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)(.*)$/s.exec(v);
  const n = m ? BigInt(m[1]) : undefined;
  const r =
    n === undefined || n > LLONG_MAX || n < -LLONG_MAX - 1n
      ? undefined
      : n < 0n
        ? n
        : parseScaled(`${n}${m?.[2]}`, opt, 1024, LLONG_MAX);
  if (typeof r === 'bigint') return MEMORY_UNLIMITED;
  if (!r?.ok) {
    c.error(`Unable to parse integer parameter ${opt}`);
    if (r?.libvirtError) c.libvirtError({ code: 'INVALID_ARG', message: r.libvirtError });
    return null;
  }
  return Number((r.value + 1023n) / 1024n);
}

const LLONG_MAX = 2n ** 63n - 1n;

const memtune: VirshCommand = {
  name: 'memtune',
  api: 'virDomainSetMemoryParameters',
  xm: { none: 'xm has no memory cgroup limits: xm mem-max sets the ceiling' },
  xl: { none: 'xl has no memory cgroup limits: xl mem-max sets the ceiling' },
  run(c) {
    if (!c.exclusive('current', 'live') || !c.exclusive('current', 'config')) return false;
    const d = c.domain();
    if (!d) return false;
    const params: Partial<Record<MemtuneField, number>> = {};
    for (const opt of ['hard-limit', 'soft-limit', 'swap-hard-limit', 'min-guarantee']) {
      const kib = memtuneSize(c, opt);
      if (kib === null) return false;
      if (kib !== undefined) params[opt.replace(/-/g, '_') as MemtuneField] = kib;
    }
    const flags = c.affect();
    if (Object.keys(params).length) {
      return !!c.apply(domainSetMemoryParameters(c.op(), d.uuid, params, flags), 'Unable to change memory parameters');
    }
    // The public API refuses both flags before asking the driver for the parameter count.
    if (flags.live && flags.config) {
      c.error('Unable to get number of memory parameters');
      c.libvirtError({
        code: 'INVALID_ARG',
        message: "Flags 'VIR_DOMAIN_AFFECT_LIVE' and 'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive",
      });
      return false;
    }
    const got = domainGetMemoryParameters(c.op(), d.uuid, flags);
    if (!got.ok) {
      c.error('Unable to get memory parameters');
      c.libvirtError(got.error);
      return false;
    }
    c.print(got.value.map(([f, v]) => `${f.padEnd(15)}: ${v >= MEMORY_UNLIMITED ? 'unlimited' : v}\n`).join(''));
    return true;
  },
};

/** cmdSchedInfoUpdate: legacy --weight/--cap, then each `--set name=value`, typed like the current value. */
function schedUpdates(c: CmdCtx, current: SchedParam[]): SchedParam[] | null {
  const wanted: Array<[string, string]> = [];
  for (const legacy of ['weight', 'cap']) {
    const v = c.str(legacy);
    if (v !== undefined) wanted.push([legacy, v]);
  }
  for (const s of c.argv('set')) {
    const eq = s.indexOf('=');
    if (eq < 0) {
      c.error('Invalid syntax for --set, expecting name=value');
      return null;
    }
    wanted.push([s.slice(0, eq), s.slice(eq + 1)]);
  }
  const out: SchedParam[] = [];
  for (const [field, text] of wanted) {
    const cur = current.find((p) => p.field === field);
    if (!cur) {
      c.error(`invalid scheduler option: ${field}`);
      return null;
    }
    // virStrToLong_ui takes "-N" as 2^32 - N; long long fields any signed value.
    const signed = cur.value < 0 || field.endsWith('quota');
    const n = /^\s*[+-]?\d+$/.test(text) ? Number(text) : NaN;
    const valid = signed ? Number.isSafeInteger(n) : Number.isInteger(n) && Math.abs(n) <= 4294967295;
    if (!valid) {
      c.libvirtError({
        code: 'INVALID_ARG',
        message: `invalid argument: Invalid value for field '${field}': expected ${signed ? 'long long' : 'unsigned int'}`,
      });
      return null;
    }
    out.push({ field, value: !signed && n < 0 ? 4294967296 + n : n });
  }
  return out;
}

const schedinfo: VirshCommand = {
  name: 'schedinfo',
  api: (c) =>
    ['config', 'live', 'current'].some((o) => c.has(o))
      ? 'virDomainSetSchedulerParametersFlags'
      : 'virDomainSetSchedulerParameters',
  xm: 'xm sched-credit -d {domain}',
  xl: 'xl sched-credit -d {domain}',
  run(c) {
    if (!c.exclusive('current', 'live') || !c.exclusive('current', 'config')) return false;
    const d = c.domain();
    if (!d) return false;
    c.print(`${'Scheduler'.padEnd(15)}: ${schedulerType(c.op())}\n`);
    const live = c.has('live'),
      config = c.has('config');
    const bits = (live ? 1 : 0) | (config ? 2 : 0);
    // virsh queries with flags only when one was given; both at once query "current".
    const flags = bits || c.has('current') ? (live && config ? 0 : bits) : null;
    const current = domainGetSchedulerParameters(c.op(), d.uuid, flags);
    if (!current.ok) {
      c.libvirtError(current.error);
      return false;
    }
    const updates = schedUpdates(c, current.value);
    if (!updates) return false;
    let shown = current.value;
    if (updates.length) {
      if (!c.apply(domainSetSchedulerParameters(c.op(), d.uuid, updates, bits || c.has('current') ? bits : null)))
        return false;
      const again = domainGetSchedulerParameters(c.op(), d.uuid, flags);
      if (!again.ok) {
        c.libvirtError(again.error);
        return false;
      }
      shown = again.value;
    } else if (live && config) {
      c.error('cannot query both live and config at once');
      return false;
    }
    c.print(shown.map((p) => `${p.field.padEnd(15)}: ${p.value}\n`).join(''));
    return true;
  },
};

export const tuningCommands: VirshCommand[] = [memtune, schedinfo];
