import type { Domain, DomainDef, Host, World } from '../types';

/** Small readable builders for worlds (used by the built-in worlds and by tests). */
export function makeDef(name: string, uuid: string, over: Partial<DomainDef> = {}): DomainDef {
  return {
    name,
    uuid,
    type: 'kvm',
    osType: 'hvm',
    arch: 'x86_64',
    memoryKiB: 1048576,
    currentMemoryKiB: 1048576,
    vcpuMax: 1,
    vcpus: 1,
    vcpupin: {},
    onPoweroff: 'destroy',
    onReboot: 'restart',
    onCrash: 'destroy',
    disks: [],
    interfaces: [],
    ...over,
  };
}

export interface DomainSpec {
  state?: Domain['state'];
  reason?: string;
  id?: number | null;
  autostart?: boolean;
  transient?: boolean;
}

/** A domain in a given state; active ones get a live copy of their definition. */
export function makeDomain(def: DomainDef, spec: DomainSpec = {}): Domain {
  const state = spec.state ?? 'shut off';
  const active = state !== 'shut off';
  return {
    uuid: def.uuid,
    id: active ? (spec.id ?? null) : null,
    state,
    reason: spec.reason ?? (active ? 'booted' : 'shutdown'),
    config: spec.transient ? null : def,
    live: active ? JSON.parse(JSON.stringify(def)) : null,
    autostart: spec.autostart ?? false,
    managedSave: null,
    snapshots: [],
  };
}

/** Gives active domains without an id the next ids, as the driver would have at start. */
export function assignIds(host: Host): Host {
  let next = host.nextId;
  const domains = host.domains.map((d) => (d.state !== 'shut off' && d.id == null ? { ...d, id: next++ } : d));
  return { ...host, domains, nextId: next };
}

export const makeWorld = (hosts: Host[]): World => ({ version: 1, hosts, events: [], eventSeq: 0 });

/** A world as a lab opens it at `now`: its active guests booted an hour before (uptime, CPU time). */
export const bootedAnHourAgo = (world: World, now: number): World => ({
  ...world,
  hosts: world.hosts.map((h) => ({
    ...h,
    domains: h.domains.map((d) => (d.state === 'shut off' ? d : { ...d, startedAt: now - 3_600_000 })),
  })),
});
