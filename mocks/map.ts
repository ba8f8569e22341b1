import { loginEditingMode } from '@/lib/shell/login-inputrc';
import type {
  ApiDomain,
  ApiDomainSummary,
  ApiEvent,
  ApiFile,
  ApiHost,
  Availability,
  DefFacts,
} from '@/lib/api/contract';
import { freeMemoryKiB } from '@/lib/sim/host-memory';
import { decodeSaveImage } from '@/lib/sim/save-image';
import { offered, transitions, type LifecycleAction } from '@/lib/sim/transitions';
import type { Domain, DomainDef, DomainEvent, Host } from '@/lib/sim/types';
import { currentDef } from '@/lib/sim/world';
import { formatDomainXml } from '@/lib/sim/xml/format';
import type { StoredTransition } from './transitions-log';

/** Handlers map the simulator's values to the API's (lib/api/contract.ts); nothing else does. */
export const hostCpuCount = (h: Host) => h.cpu.mapCpus ?? h.cpu.nodes * h.cpu.sockets * h.cpu.cores * h.cpu.threads;

export function toHost(h: Host): ApiHost {
  return {
    name: h.name,
    hostname: h.hostname,
    uri: h.uri,
    driver: h.driver,
    hypervisor: h.hypervisor,
    hypervisorVersion: h.hypervisorVersion,
    cpus: hostCpuCount(h),
    cpuModel: h.cpu.model,
    memoryKiB: h.memoryKiB,
    domainCount: h.domains.length,
    dom0: h.xen ? { memoryMiB: h.xen.dom0.memoryMiB, vcpus: h.xen.dom0.vcpus } : undefined,
    reachable: h.reachable,
    freeKiB: freeMemoryKiB(h),
    editingMode: loginEditingMode(h.files),
  };
}

export function toDomainSummary(h: Host, d: Domain): ApiDomainSummary {
  const def = currentDef(d);
  const actions = Object.fromEntries(transitions.map((t) => [t.action, offered(t.action, d, h.driver)])) as Record<
    LifecycleAction,
    Availability
  >;
  return {
    host: h.name,
    name: def.name,
    uuid: d.uuid,
    id: d.id,
    state: d.state,
    reason: d.reason,
    persistent: !!d.config,
    autostart: d.autostart,
    managedSave: !!d.managedSave,
    memoryKiB: def.currentMemoryKiB,
    maxMemoryKiB: def.memoryKiB,
    vcpus: def.vcpus,
    maxVcpus: def.vcpuMax,
    actions,
    ...(d.guestRequest && { pending: d.guestRequest.kind === 'reboot' ? 'reboot' : 'shutdown' }),
  };
}

function facts(h: Host, def: DomainDef | null): DefFacts | null {
  if (!def) return null;
  const all = Array.from({ length: hostCpuCount(h) }, (_, i) => i);
  return {
    memoryKiB: def.currentMemoryKiB,
    maxMemoryKiB: def.memoryKiB,
    vcpus: def.vcpus,
    maxVcpus: def.vcpuMax,
    pinning: Array.from({ length: def.vcpuMax }, (_, v) => def.vcpupin[v] ?? all),
    panic: (def.panic ?? []).map((p) => p.model ?? ''),
    osType: def.osType,
  };
}

export function toDomain(h: Host, d: Domain, history: StoredTransition[]): ApiDomain {
  const last = [...history].reverse().find((t) => t.host === h.name && t.uuid === d.uuid);
  return {
    ...toDomainSummary(h, d),
    driver: h.driver,
    hostCpus: hostCpuCount(h),
    live: facts(h, d.live),
    config: facts(h, d.config),
    xml: {
      live: d.live ? formatDomainXml(d.live, { id: d.id }) : null,
      inactive: d.config ? formatDomainXml(d.config, {}) : null,
    },
    onCrash: currentDef(d).onCrash,
    lastTransition: last
      ? { seq: last.seq, time: last.time, action: last.action, from: last.from, to: last.to, command: last.command }
      : null,
  };
}

/** virsh event's line: "event 'lifecycle' for domain 'web01': Suspended Paused". */
export function toEvent(e: DomainEvent): ApiEvent {
  const text =
    e.type === 'tunable'
      ? `event 'tunable' for domain '${e.domain}':\n\t${e.detail}`
      : `event '${e.type}' for domain '${e.domain}': ${[e.event, e.detail].filter(Boolean).join(' ')}`;
  return {
    id: `e${e.seq}`,
    time: e.time,
    host: e.host,
    domain: e.domain,
    type: e.type,
    event: e.event,
    detail: e.detail,
    text,
  };
}

export function toFile(path: string, data: string): ApiFile {
  const size = data.length;
  if (data.startsWith('LibvirtQemudSave') || data.startsWith('TestGuestMagic')) {
    const img = decodeSaveImage(data, path);
    return { path, size, kind: 'save-image', domain: img.ok ? img.value.def.name : undefined };
  }
  if (path.endsWith('.xml')) return { path, size, kind: 'domain-xml' };
  if (path.startsWith('/etc/xen/') && path.endsWith('.cfg')) return { path, size, kind: 'xen-config' };
  return { path, size, kind: 'other' };
}
