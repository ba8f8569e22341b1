import * as z from 'zod';
import { domainStates, isActive, stateReasons } from '@/lib/sim/states';
import type { DomainDef, DomainEvent, Host, HostCpu, QemuProcess, World } from '@/lib/sim/types';
import { completedJobSchema, jobSchema } from './job-schema';
import { count, cpus, finite, instant, str } from './scalars';

/**
 * The simulated world as it may be stored: every type the simulator relies on, numbers finite and
 * in range, states and reasons that exist, names unique where libvirt keeps them unique. The
 * stored value itself is kept as it was (unknown fields are not stripped): this only decides
 * whether it can be opened.
 */
const disk = z.looseObject({
  type: z.enum(['file', 'block']),
  device: z.enum(['disk', 'cdrom', 'floppy']),
  source: str,
  target: str,
  bus: str,
});
const iface = z.looseObject({ type: z.enum(['network', 'bridge', 'user']), source: str, mac: str });

/** A domain's vCPU count: libvirt's QEMU driver takes at most 4096 (more would draw a grid that large). */
const vcpuCount = count.min(1).max(4096);

const def = z.looseObject({
  name: str,
  uuid: str,
  type: z.enum(['test', 'kvm', 'qemu', 'xen']),
  osType: z.enum(['hvm', 'xen', 'linux']),
  arch: str,
  memoryKiB: count,
  currentMemoryKiB: count,
  vcpuMax: vcpuCount,
  vcpus: vcpuCount,
  vcpupin: z.record(z.string().regex(/^\d+$/), cpus),
  emulatorpin: cpus.optional(),
  onPoweroff: str,
  onReboot: str,
  onCrash: str,
  disks: z.array(disk),
  interfaces: z.array(iface),
  schedinfo: z.record(z.string(), finite).optional(),
  acpi: z.literal(false).optional(),
}) satisfies z.ZodType<Pick<DomainDef, 'name' | 'vcpupin' | 'disks'>>;

const domain = z
  .looseObject({
    uuid: str,
    id: count.nullable(),
    state: z.enum(domainStates as [string, ...string[]]),
    reason: str,
    config: def.nullable(),
    live: def.nullable(),
    autostart: z.boolean(),
    managedSave: z.looseObject({ def, paused: z.boolean() }).nullable(),
    snapshots: z.array(
      z.looseObject({ name: str, creationTime: finite, state: z.enum(domainStates as [string, ...string[]]), def }),
    ),
    startedAt: instant.optional(),
    job: jobSchema.optional(),
    lastJob: completedJobSchema.optional(),
    guestRequest: z
      .strictObject({ kind: z.enum(['poweroff', 'reboot', 'exit']), requestedAt: instant, dueAt: instant })
      .optional(),
    // A long long as decimal text; worlds stored before session 9 hold a number (BigInt reads both).
    guestTime: z.union([z.string().regex(/^-?\d{1,19}$/), z.number().int()]).optional(),
    messages: z.array(str).optional(),
  })
  .refine((d) => d.config || d.live, { error: 'a domain without a definition' })
  .refine((d) => isActive(d.state as never) === (d.live !== null) && (d.id !== null) === (d.live !== null), {
    error: 'a domain whose state, id and live definition disagree',
  })
  .refine((d) => stateReasons[d.state as keyof typeof stateReasons].includes(d.reason), {
    error: 'a reason its state does not have',
  });

const hostCpu = z.looseObject({
  model: str,
  vendor: z.enum(['Intel', 'AMD', 'unknown']),
  mhz: count,
  nodes: count.min(1).max(64),
  sockets: count.min(1).max(64),
  cores: count.min(1).max(256),
  threads: count.min(1).max(8),
  mapCpus: count.max(4096).optional(),
  flags: z.array(str),
}) satisfies z.ZodType<Pick<HostCpu, 'nodes' | 'sockets' | 'cores' | 'threads'>>;

const unique = <T>(items: T[], key: (t: T) => string) => new Set(items.map(key)).size === items.length;

const qemuProcess = z.object({
  pid: count,
  argv: z.array(str).max(256),
  name: str.optional(),
  memoryMiB: count,
  vcpus: count.max(4096),
  disks: z.array(z.object({ path: str, format: z.enum(['qcow2', 'raw']) })).max(16),
  net: z.object({ nic: z.boolean(), user: z.boolean() }),
  kvm: z.boolean(),
  state: z.enum(['running', 'paused']),
  monitor: z.boolean(),
  startedAt: instant,
  pausedMs: count,
  pausedAt: instant.optional(),
}) satisfies z.ZodType<QemuProcess>;

const host = z
  .looseObject({
    name: str,
    hostname: str,
    uri: str,
    driver: z.enum(['test', 'qemu', 'xen']),
    hypervisor: str,
    hypervisorVersion: str,
    cpu: hostCpu,
    memoryKiB: count,
    cellsFreeKiB: z.array(count),
    kernelModules: z.array(str),
    files: z.record(z.string(), str),
    nextId: count,
    domains: z.array(domain),
    address: str,
    reachable: z.boolean(),
    qemu: z.array(qemuProcess).max(64).optional(),
    // Only what the simulator reads of a network's runtime state is checked here: its DHCP leases and start.
    networks: z
      .array(
        z.looseObject({
          leases: z
            .array(z.strictObject({ mac: str, ip: str, hostname: z.string(), expiry: finite, from: finite.optional() }))
            .max(4096)
            .optional(),
          startedAt: instant.optional(),
        }),
      )
      .optional(),
  })
  .refine((h) => unique(h.domains, (d) => d.uuid), { error: 'two domains with one UUID on a host' })
  .refine((h) => unique(h.domains, (d) => (d.live ?? d.config)?.name ?? ''), {
    error: 'two domains with one name on a host',
  });

const event = z.looseObject({
  seq: count,
  time: instant,
  host: str,
  domain: str,
  type: z.enum(['lifecycle', 'job', 'tunable', 'migration-iteration']),
  event: str,
  detail: str,
}) satisfies z.ZodType<DomainEvent>;

export const worldSchema = z
  .looseObject({ version: z.literal(1), hosts: z.array(host), events: z.array(event), eventSeq: count })
  .refine((w) => unique(w.hosts, (h) => h.name), { error: 'two hosts with one name' }) satisfies z.ZodType<
  Pick<World, 'version' | 'eventSeq'> & { hosts: Pick<Host, 'name' | 'cpu'>[] }
>;
