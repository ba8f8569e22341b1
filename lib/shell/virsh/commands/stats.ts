import { domainCpuStats, domainMemoryStats } from '../../../sim/ops/stats';
import { domainSetMemoryStatsPeriod } from '../../../sim/ops/tuning';
import { isActive } from '../../../sim/states';
import { domainName } from '../../../sim/world';
import { cpuTimeNs } from './info';
import type { VirshCommand } from './types';

const dommemstat: VirshCommand = {
  name: 'dommemstat',
  api: 'virDomainSetMemoryStatsPeriod',
  readOnly: true,
  xm: { none: 'xm has no balloon statistics: xm list shows the memory target' },
  xl: { none: 'xl has no balloon statistics: xl list shows the memory target' },
  run(c) {
    if (!c.exclusive('current', 'live') || !c.exclusive('current', 'config')) return false;
    const d = c.domain();
    if (!d) return false;
    const name = c.str('domain')!;
    const period = c.int('period');
    if (period === null) return false;
    if (period !== undefined) {
      if (period < 0) {
        c.error(`Invalid collection period value '${period}'`);
        return false;
      }
      // Without a flag an active domain's live balloon is changed (virsh adds VIR_DOMAIN_AFFECT_LIVE).
      const none = !c.has('current') && !c.has('live') && !c.has('config');
      const flags = { live: c.has('live') || (none && isActive(d.state)), config: c.has('config') };
      return !!c.apply(
        domainSetMemoryStatsPeriod(c.op(), d.uuid, period, flags),
        'Unable to change balloon collection period.',
      );
    }
    const stats = domainMemoryStats(c.op(), d.uuid);
    if (!stats.ok) {
      c.error(`Failed to get memory statistics for domain ${name}`);
      c.libvirtError(stats.error);
      return false;
    }
    c.print(stats.value.map(([tag, v]) => `${tag} ${v}\n`).join(''));
    return true;
  },
};

/** vshCPUStatsPrintField: times in seconds with nanoseconds, `%9lld.%09lld`. */
const field = ([name, ns]: [string, bigint]) =>
  `\t${name.padEnd(12)} ${String(ns / 1000000000n).padStart(9)}.${String(ns % 1000000000n).padStart(9, '0')} seconds\n`;

const cpuStats: VirshCommand = {
  name: 'cpu-stats',
  readOnly: true,
  xm: { none: 'xm has no per-CPU accounting: xm list shows Time(s)' },
  xl: { none: 'xl has no per-CPU accounting: xl list shows Time(s)' },
  run(c) {
    const d = c.domain();
    if (!d) return false;
    let start = c.int('start');
    if (start === null) return false;
    if (start !== undefined && start < 0) {
      c.error('Invalid value for start CPU');
      return false;
    }
    let count = c.int('count');
    if (count === null) return false;
    if (count !== undefined && count < 0) {
      c.error('Invalid value for number of CPUs to show');
      return false;
    }
    const perCpu = start !== undefined || count !== undefined;
    const total = c.has('total') || !perCpu;
    const stats = domainCpuStats(c.op(), d.uuid, cpuTimeNs(c.host(), d, c.s.now));
    if (!stats.ok) {
      c.error(`Failed to retrieve CPU statistics for domain '${domainName(d)}'`);
      c.libvirtError(stats.error);
      return false;
    }
    const s = stats.value;
    if (perCpu || !c.has('total')) {
      start ??= 0;
      if (start >= s.cpus) {
        c.error(`Start CPU ${start} is out of range (min: 0, max: ${s.cpus - 1})`);
        return false;
      }
      if (count === undefined || count > s.cpus) {
        if (count !== undefined) c.print(`Only ${s.cpus} CPUs available to show\n`);
        count = s.cpus - start;
      }
      for (let i = start; i < Math.min(s.cpus, start + count); i++)
        c.print(`CPU${i}:\n${s.perCpu(i).map(field).join('')}`);
    }
    if (total) c.print(`Total:\n${s.total.map(field).join('')}`);
    return true;
  },
};

export const statsCommands: VirshCommand[] = [dommemstat, cpuStats];
