import type { ApiDomain, ApiDomainSummary, ApiHost, Availability, DefFacts } from '@/lib/api/contract';
import { parseNodeinfo, parseVcpupin } from '@/lib/shell/virsh/parse/cpus';
import { parseDominfo, parseDomstate, parseVcpucount } from '@/lib/shell/virsh/parse/domain';
import { parseNames } from '@/lib/shell/virsh/parse/fields';
import { offered, transitions, type LifecycleAction } from '@/lib/sim/transitions';
import { parseDomainXml } from '@/lib/sim/xml/parse';
import type { Connection } from './connections';
import { driverLimit, READ_ONLY } from './limits';
import type { BackendLog } from './log';

/** What virsh answered, or null when it failed (the caller decides what a failure means). */
async function read(c: Connection, argv: string[]): Promise<string | null> {
  const r = await c.virsh.run(argv);
  return r.status === 0 ? r.stdout : null;
}

export async function readHost(c: Connection): Promise<ApiHost> {
  const [node, hostname, version, names] = await Promise.all([
    read(c, ['nodeinfo']),
    read(c, ['hostname']),
    read(c, ['version']),
    domainNames(c),
  ]);
  const info = node ? parseNodeinfo(node) : null;
  const hv = /Running hypervisor: (\S+) (\S+)/.exec(version ?? '');
  return {
    name: c.name,
    hostname: hostname?.trim() || c.name,
    uri: c.uri,
    driver: c.driver,
    hypervisor: hv?.[1] ?? c.driver.toUpperCase(),
    hypervisorVersion: hv?.[2] ?? '',
    cpus: info?.cpus ?? 1,
    cpuModel: info?.cpuModel ?? '',
    memoryKiB: info?.memoryKiB ?? 0,
    domainCount: names.length,
    reachable: true,
    // libvirt has no "free for a guest" figure; the node's memory is what the UI compares with.
    freeKiB: info?.memoryKiB ?? 0,
  };
}

export const domainNames = async (c: Connection) => parseNames((await read(c, ['list', '--all', '--name'])) ?? '');

/** A domain's overview row, or null when there is no such domain. Its state feeds the log. */
export async function readSummary(c: Connection, name: string, log: BackendLog): Promise<ApiDomainSummary | null> {
  const [info, state, counts] = await Promise.all([
    read(c, ['dominfo', '--domain', name]),
    read(c, ['domstate', '--reason', '--domain', name]),
    read(c, ['vcpucount', '--domain', name]),
  ]);
  const d = info ? parseDominfo(info) : null;
  const s = state ? parseDomstate(state) : null;
  if (!d || !s) return null;
  log.observe(c.name, name, s, { action: null, command: null });
  const n = parseVcpucount(counts ?? '');
  const active = d.id !== null;
  const facts = { state: s.state, reason: s.reason, config: d.persistent || null, job: undefined };
  const actions = Object.fromEntries(transitions.map((t) => [t.action, availability(c, t.action, facts)])) as Record<
    LifecycleAction,
    Availability
  >;
  return {
    host: c.name,
    name: d.name,
    uuid: d.uuid,
    id: d.id,
    state: s.state,
    reason: s.reason,
    persistent: d.persistent,
    autostart: d.autostart,
    managedSave: d.managedSave,
    memoryKiB: d.usedMemoryKiB,
    maxMemoryKiB: d.maxMemoryKiB,
    vcpus: d.vcpus,
    maxVcpus: (active ? n.maxLive : n.maxConfig) ?? d.vcpus,
    actions,
  };
}

/** The transition table's answer, then what this driver cannot do (lib/server/backend/limits.ts). */
function availability(
  c: Connection,
  action: LifecycleAction,
  facts: { state: ApiDomainSummary['state']; reason: string; config: unknown },
): Availability {
  if (c.readonly) return { allowed: false, why: `${action}: ${READ_ONLY}`, code: 'readOnly' };
  const limit = driverLimit(c.driver, action);
  if (limit) return { allowed: false, why: `${action}: ${limit}`, code: 'noJobInfo' };
  return offered(action, facts, c.driver);
}

/** A definition's facts from its XML, its pinning from `vcpupin --live|--config`. */
async function facts(
  c: Connection,
  name: string,
  xml: string | null,
  which: '--live' | '--config',
): Promise<DefFacts | null> {
  if (!xml) return null;
  const def = parseDomainXml(xml);
  if (!def.ok) return null;
  const pins = parseVcpupin((await read(c, ['vcpupin', which, '--domain', name])) ?? '');
  return {
    memoryKiB: def.value.currentMemoryKiB,
    maxMemoryKiB: def.value.memoryKiB,
    vcpus: def.value.vcpus,
    maxVcpus: def.value.vcpuMax,
    pinning: Array.from({ length: def.value.vcpuMax }, (_, v) => pins?.[v] ?? []),
    panic: (def.value.panic ?? []).map((p) => p.model ?? ''),
    osType: def.value.osType,
  };
}

/** `<on_crash>` of a definition; libvirt's default when it names none (or cannot be read). */
function onCrashOf(xml: string | null): string {
  const def = xml ? parseDomainXml(xml) : null;
  return def?.ok ? def.value.onCrash : 'destroy';
}

/** A domain's page: the row, both definitions' facts and XML, the last change the server saw. */
export async function readDomain(c: Connection, name: string, log: BackendLog): Promise<ApiDomain | null> {
  const summary = await readSummary(c, name, log);
  if (!summary) return null;
  const [live, inactive, node] = await Promise.all([
    summary.id !== null ? read(c, ['dumpxml', '--domain', name]) : Promise.resolve(null),
    summary.persistent ? read(c, ['dumpxml', '--inactive', '--domain', name]) : Promise.resolve(null),
    read(c, ['nodeinfo']),
  ]);
  return {
    ...summary,
    driver: c.driver,
    hostCpus: parseNodeinfo(node ?? '')?.cpus ?? 1,
    live: await facts(c, name, live, '--live'),
    config: await facts(c, name, inactive, '--config'),
    xml: { live, inactive },
    onCrash: onCrashOf(live ?? inactive),
    lastTransition: log.lastTransition(c.name, name),
  };
}
