import type { Domain, DomainDef, DomainEvent, Host, World } from './types';

/** A domain's current definition: the live one when active, else the persistent one. */
export const currentDef = (d: Domain): DomainDef => {
  const def = d.live ?? d.config;
  if (!def) throw new Error(`domain ${d.uuid} has no definition`);
  return def;
};
export const domainName = (d: Domain) => currentDef(d).name;

/** A domain as libvirt first knows it: inactive, no runtime id, nothing saved, no snapshots. */
export const inactiveDomain = (uuid: string, config: DomainDef | null): Domain => ({
  uuid,
  id: null,
  state: 'shut off',
  reason: 'unknown',
  config,
  live: null,
  autostart: false,
  managedSave: null,
  snapshots: [],
});

export const findHost = (world: World, name: string): Host | undefined => world.hosts.find((h) => h.name === name);
export const hostByUri = (world: World, uri: string): Host | undefined => world.hosts.find((h) => h.uri === uri);

/** A host the caller knows is in the world (a name it just read from it); a missing one is a bug. */
export function requireHost(world: World, name: string): Host {
  const host = findHost(world, name);
  if (!host) throw new Error(`unknown host ${name}`);
  return host;
}

export const domainByName = (host: Host, name: string) => host.domains.find((d) => domainName(d) === name);
export const domainById = (host: Host, id: number) => host.domains.find((d) => d.id === id);
export const domainByUuid = (host: Host, uuid: string) => host.domains.find((d) => d.uuid === uuid.toLowerCase());

export function updateHost(world: World, hostName: string, fn: (h: Host) => Host): World {
  return { ...world, hosts: world.hosts.map((h) => (h.name === hostName ? fn(h) : h)) };
}

export function updateDomain(world: World, hostName: string, uuid: string, fn: (d: Domain) => Domain): World {
  return updateHost(world, hostName, (h) => ({ ...h, domains: h.domains.map((d) => (d.uuid === uuid ? fn(d) : d)) }));
}

export function removeDomain(world: World, hostName: string, uuid: string): World {
  return updateHost(world, hostName, (h) => ({ ...h, domains: h.domains.filter((d) => d.uuid !== uuid) }));
}

const EVENT_LOG_LIMIT = 500;

/** Appends lifecycle events; the log keeps the most recent ones. */
export function withEvents(world: World, events: Omit<DomainEvent, 'seq'>[]): { world: World; events: DomainEvent[] } {
  let seq = world.eventSeq;
  const numbered = events.map((e) => ({ ...e, seq: ++seq }));
  // One copy of the kept tail, not two: a 10,000-line script logs thousands of events.
  const log = world.events.slice(Math.max(0, world.events.length + numbered.length - EVENT_LOG_LIMIT));
  for (const e of numbered) log.push(e);
  return {
    world: {
      ...world,
      eventSeq: seq,
      events: log.length > EVENT_LOG_LIMIT ? log.slice(log.length - EVENT_LOG_LIMIT) : log,
    },
    events: numbered,
  };
}
