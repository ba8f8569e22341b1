import { isActive } from '../../sim/states';
import type { Domain, DomainState, Host, World } from '../../sim/types';
import { migrationJobOf } from '../../sim/ops/migrate/jobs';
import { currentDef } from '../../sim/world';
import { arrivingXen, leavingXen, type XenShutdown } from './migration-names';

/**
 * A Xen host as xm and xl see it: Domain-0 (id 0, the control domain, never a libvirt domain)
 * and the guests. xend also knows the inactive domains it manages (`xm new`); libxl only knows
 * running ones, so xl never shows a domain without an id.
 */
export interface XenDomain {
  name: string;
  /** null: an inactive xend-managed domain (xm list prints an empty ID). */
  id: number | null;
  uuid: string;
  /** The simulator's domain; null for Domain-0. */
  domain: Domain | null;
  state: DomainState;
  /** Balloon target and maximum, MiB. */
  memMiB: number;
  maxMemMiB: number;
  /** Online vCPUs (configured ones when inactive) and the boot-time maximum. */
  vcpus: number;
  vcpuMax: number;
  hvm: boolean;
  cpuTimeS: number;
  /** Seconds since the domain started (0 when inactive). */
  uptimeS: number;
  vcpupin: Record<number, number[]>;
  /** Shut down but held by Xen: suspended by a migration's save stream, or preserved after a power-off/reboot. */
  shutdown?: XenShutdown;
  /** A guest arriving by a Xen migration from this host (xenArrivals): `domain` is the source's. */
  arriving?: string;
}

export const DOM0_NAME = 'Domain-0';
export const DOM0_UUID = '00000000-0000-0000-0000-000000000000';

/** Physical CPUs Xen reports (nr_cpus). */
export const nrCpus = (h: Host) => h.cpu.nodes * h.cpu.sockets * h.cpu.cores * h.cpu.threads;

/** Seconds a domain has been up; the lab's guests have no clock of their own. */
export const uptimeOf = (d: Domain, now: number) =>
  isActive(d.state) && d.startedAt !== undefined ? Math.max(0, now - d.startedAt) / 1000 : 0;

/** A modest, deterministic CPU use: 2% of each online vCPU while up. */
const cpuTimeOf = (d: Domain, now: number) => (isActive(d.state) ? uptimeOf(d, now) * 0.02 * currentDef(d).vcpus : 0);

function dom0(host: Host, now: number): XenDomain {
  const x = host.xen!;
  const firstStart = Math.min(now, ...host.domains.filter((d) => d.startedAt !== undefined).map((d) => d.startedAt!));
  return {
    name: DOM0_NAME,
    id: 0,
    uuid: DOM0_UUID,
    domain: null,
    state: 'running',
    memMiB: x.dom0.memoryMiB,
    maxMemMiB: x.dom0.memoryMiB,
    vcpus: x.dom0.vcpus,
    vcpuMax: x.dom0.vcpus,
    hvm: false,
    cpuTimeS: x.dom0.cpuTimeS,
    // Domain-0 booted with the host, a little before the first guest.
    uptimeS: Math.max(0, now - firstStart) / 1000 + 600,
    vcpupin: {},
  };
}

export function xenDomain(d: Domain, now: number): XenDomain {
  const def = currentDef(d);
  return {
    name: def.name,
    ...(d.preserved ? { shutdown: { reason: d.preserved, paused: false } } : {}),
    ...leavingXen(d, now),
    id: isActive(d.state) || d.preserved ? d.id : null,
    uuid: d.uuid,
    domain: d,
    state: d.state,
    memMiB: Math.floor(def.currentMemoryKiB / 1024),
    maxMemMiB: Math.floor(def.memoryKiB / 1024),
    vcpus: def.vcpus,
    vcpuMax: def.vcpuMax,
    hvm: def.osType === 'hvm',
    cpuTimeS: cpuTimeOf(d, now),
    uptimeS: uptimeOf(d, now),
    vcpupin: def.vcpupin,
  };
}

/** Every domain xend knows: Domain-0, running guests and managed inactive ones. */
export function xendDomains(host: Host, now: number): XenDomain[] {
  return [dom0(host, now), ...host.domains.filter((d) => isActive(d.state) || d.config).map((d) => xenDomain(d, now))];
}

/** Every domain libxl knows: Domain-0 and the running guests, by domid. */
export function libxlDomains(host: Host, now: number): XenDomain[] {
  return xendDomains(host, now)
    .filter((x) => x.id !== null)
    .sort((a, b) => a.id! - b.id!);
}

/** xend's XendDomain.list_sorted: by name, as Python compares strings (Domain-0 sorts before lowercase names). */
export const byName = (a: XenDomain, b: XenDomain) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Guests arriving on `host` by a Xen migration under way (xl and xm list them; see migration-names.ts
 * for their names). Their domids are the next ones the host gives.
 */
export function xenArrivals(world: World, host: Host, now: number): XenDomain[] {
  const arriving = world.hosts.flatMap((h) =>
    h.driver === 'xen' ? h.domains.filter((d) => migrationJobOf(d)?.targetHost === host.name) : [],
  );
  return arriving.map((d, i) => {
    const a = arrivingXen(d, migrationJobOf(d)!, now);
    return {
      ...xenDomain(d, now),
      arriving: migrationJobOf(d)!.request.source,
      name: a.name,
      shutdown: undefined,
      id: host.nextId + i,
      state: a.running ? ('running' as const) : a.unpaused ? ('idle' as const) : ('paused' as const),
      cpuTimeS: 0,
      uptimeS: 0,
    };
  });
}
