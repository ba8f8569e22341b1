import type { MigrationProgress } from './migration/progress';
import type { XmlTree } from './xml/xml-tree';
import type { MigrationParams, MigrationPlan } from './migration/types';

/**
 * The simulated world: one JSON-serialisable value. Vocabulary is libvirt's
 * (virDomainState, virDomain*Reason, domain XML element names).
 */

/** virsh's names for virDomainState (virshDomainStateToString). */
export type DomainState =
  | 'no state'
  | 'running'
  | 'idle'
  | 'paused'
  | 'in shutdown'
  | 'shut off'
  | 'crashed'
  | 'pmsuspended';

/** The hypervisor driver behind a host; decides quirks (see drivers.ts). */
export type Driver = 'test' | 'qemu' | 'xen';

export interface Disk {
  type: 'file' | 'block';
  device: 'disk' | 'cdrom' | 'floppy';
  source: string;
  target: string;
  bus: string;
  driverName?: string;
  driverType?: string;
  readonly?: boolean;
  address?: string;
  /** `<iotune>`: block I/O throttling set by virDomainSetBlockIoTune (zero fields are absent). */
  iotune?: BlockIoTune;
}
export interface Interface {
  type: 'network' | 'bridge' | 'user';
  source: string;
  mac: string;
  model?: string;
  target?: string;
  linkState?: 'up' | 'down';
  address?: string /** `<script path>` run to set the host side up. */;
  script?: string;
  /** `<bandwidth>`: rates set by virDomainSetInterfaceParameters; `{}` prints an empty element. */
  bandwidth?: { inbound?: BandwidthRate; outbound?: BandwidthRate };
}

/** One domain definition (a `<domain>` document): the live one or the persistent (config) one. */
export interface DomainDef {
  name: string;
  uuid: string;
  title?: string;
  /** `<domain type=...>`. */
  type: 'test' | 'kvm' | 'qemu' | 'xen';
  /** `<os><type>`: hvm (full virtualization), xen / linux (paravirtualized). */
  osType: 'hvm' | 'xen' | 'linux';
  arch: string;
  machine?: string;
  /** `<memory>`: the maximum, in KiB. */
  memoryKiB: number;
  /** `<currentMemory>`: the balloon target, in KiB. */
  currentMemoryKiB: number;
  /** `<vcpu>`: the maximum number of vCPUs. */
  vcpuMax: number;
  /** `<vcpu current=...>`: how many are online. */
  vcpus: number;
  /** `<cputune><vcpupin>`: explicit affinity per vCPU, sorted host CPU numbers. */
  vcpupin: Record<number, number[]>;
  emulatorpin?: number[];
  onPoweroff: string;
  onReboot: string;
  onCrash: string;
  disks: Disk[];
  interfaces: Interface[];
  /** `<memballoon>`: model and its raw `<address .../>` attributes. */
  memballoon?: { model: string; address?: string /** `<stats period=...>`, seconds. */; period?: number };
  /**
   * `<panic>` devices: how a guest kernel tells the hypervisor it panicked (QEMU's pvpanic: model `isa`;
   * `pvpanic`, `hyperv`, …), each with its raw `<address .../>` attributes. Without one QEMU never learns of a
   * panic (decision 063).
   */
  panic?: readonly { model?: string; address?: string }[];
  description?: string;
  /** `<metadata>`: applications' own elements, one per namespace, kept whole. */
  metadata?: XmlTree;
  /** PV guests boot a kernel given in the config. */
  kernel?: string;
  /** `<os><cmdline>`: the kernel's command line. */
  cmdline?: string;
  /** `<console type=...>` devices (pty, ...). */
  consoles?: string[];
  /**
   * `<features><acpi/>` missing from an HVM guest's XML: it has no ACPI, so a power-button request
   * (virsh shutdown on QEMU, xl shutdown -F) reaches nothing. Absent means present.
   */
  acpi?: false;
  /** `<memtune>` limits in KiB; absent means unlimited. */
  memtune?: { hardLimitKiB?: number; softLimitKiB?: number; swapHardLimitKiB?: number };
  /** Scheduler parameters set with virDomainSetSchedulerParameters (weight, cap, cpu_shares ...). */
  schedinfo?: Record<string, number>;
  /** `<blkiotune>`: the I/O weight and per-device limits (virDomainSetBlkioParameters). */
  blkiotune?: { weight?: number; devices: BlkioDevice[] };
  /** `<numatune><memory>`: the memory policy and its host NUMA nodes (virDomainSetNumaParameters). */
  numatune?: { mode: NumaMode; nodeset?: number[] };
  /** `<perf>`: events switched on or off by virDomainSetPerfEvents, by name. */
  perf?: Record<string, boolean>;
  /** `<iothreadids>`: IOThread ids in the order they were added. */
  iothreadids?: number[];
  /** `<cputune><iothreadpin>`: host CPUs per IOThread id. */
  iothreadpin?: Record<number, number[]>;
}

/** virDomainNumatuneMemMode's names, in enum order (the API passes the index). */
export const NUMA_MODES = ['strict', 'preferred', 'interleave', 'restrictive'] as const;
export type NumaMode = (typeof NUMA_MODES)[number];

/** One `<blkiotune><device>`: a host block device path and its limits (absent when zero). */
export interface BlkioDevice {
  path: string;
  weight?: number;
  read_iops_sec?: number;
  write_iops_sec?: number;
  /** Unsigned 64-bit byte rates, kept as decimal text (the world is JSON). */
  read_bytes_sec?: string;
  write_bytes_sec?: string;
}

/** `<inbound>`/`<outbound>` of an interface's `<bandwidth>` (virNetDevBandwidthRate; zero means unset). */
export interface BandwidthRate {
  average: number;
  peak: number;
  burst: number;
  floor: number;
}

/** virDomainBlockIoTuneInfo's limits in the order blkdeviotune prints them and `<iotune>` holds them. */
export const IOTUNE_FIELDS = [
  'total_bytes_sec',
  'read_bytes_sec',
  'write_bytes_sec',
  'total_iops_sec',
  'read_iops_sec',
  'write_iops_sec',
  'total_bytes_sec_max',
  'read_bytes_sec_max',
  'write_bytes_sec_max',
  'total_iops_sec_max',
  'read_iops_sec_max',
  'write_iops_sec_max',
  'size_iops_sec',
  'group_name',
  'total_bytes_sec_max_length',
  'read_bytes_sec_max_length',
  'write_bytes_sec_max_length',
  'total_iops_sec_max_length',
  'read_iops_sec_max_length',
  'write_iops_sec_max_length',
] as const;
export type IotuneField = Exclude<(typeof IOTUNE_FIELDS)[number], 'group_name'>;

/** virDomainBlockIoTuneInfo: the numeric limits (absent when zero) and a group name. */
export type BlockIoTune = Partial<Record<IotuneField, number>> & { group_name?: string };

export interface ManagedSave {
  def: DomainDef;
  paused: boolean;
  /** The memory saved holds a kernel that panicked and halted (Domain.hung): restored, it hangs again. */
  hung?: true;
}
export interface Snapshot {
  name: string;
  creationTime: number;
  state: DomainState;
  def: DomainDef;
  parent?: string;
  description?: string;
  /** Put back with --redefine: its disks were never aligned, so none listed means no <disks/>. */
  redefined?: true;
  /** Taken of a hung guest (Domain.hung): its memory is the halted kernel, and a revert brings that back. */
  hung?: true;
}

/** What `virsh migrate` / `xm migrate` ask for; the target is a host of the world. */
export interface MigrateRequest {
  uuid: string;
  target: string;
  live: boolean;
  /** libvirt's --offline: move only the persistent definition (needs --persistent). */
  offline?: boolean;
  persistent?: boolean;
  undefineSource?: boolean;
  /** Leave the domain paused on the target. */
  suspend?: boolean;
  timeoutS?: number;
  autoConverge?: boolean;
  postcopy?: boolean;
  /** Link speed between the hosts (default: 1 GbE ≈ 117 MiB/s). */
  bandwidthMibps?: number;
  /** Failure injection: the link breaks this many seconds into the copy. */
  linkCutAtS?: number;
  /**
   * The Xen toolstack running the migration, which names the guest as it moves: xl's
   * `<name>--incoming` / `<name>--migratedaway`, xend's `migrating-<name>`. Absent: libvirt's,
   * which renames nothing.
   */
  via?: 'xl' | 'xm';
}

/** A migration under way, on its source: what was asked, the model's parameters and plan (lib/sim/migration). */
export interface OutgoingMigrationJob {
  kind: 'migration';
  startedAt: number;
  targetHost: string;
  request: MigrateRequest & { source: string };
  params: MigrationParams;
  plan: MigrationPlan;
  /** The user had paused the guest: it stays paused wherever it ends up. */
  wasPaused: boolean;
  /**
   * `xl pause` / `xl unpause` on the domains an xl migration holds (decision 055). Xen 4.4's controller
   * pause is one flag per domain, not a count: `incoming` is the target's restored copy (created with the
   * flag set; the receiver clears it at the switch-over), `leaving` the source's `<name>--migratedaway`
   * (set by libxl's destroy). The last change, and when it was made.
   */
  xlPause?: { incoming?: { paused: boolean; at: number }; leaving?: boolean };
  /**
   * The link broke after the post-copy switch-over: neither host has the whole guest, both keep it
   * paused (post-copy failed) until `virsh migrate --postcopy --postcopy-resume` (libvirt ≥ 8.5).
   */
  postcopyFailedAtS?: number;
}

/**
 * The destination's side of a QEMU migration. libvirt's Prepare step starts the guest's process on
 * the target, paused (reason "migrating", event Started Migrated), before any memory is sent: so
 * `virsh list` there shows it paused for the whole copy.
 */
export interface IncomingMigrationJob {
  kind: 'migration-in';
  startedAt: number;
  /** The host the guest arrives on: the one holding this job. */
  targetHost: string;
  source: string;
  /** The shut-off definition of this domain the target had before, put back if the migration fails. */
  kept: Domain | null;
}

/**
 * A shutdown or reboot the guest OS was asked for and has not acted on yet (QEMU's ACPI power
 * button or libxl's PV control node): the API returned at once; the guest answers at `dueAt` if it
 * runs then, else once it runs again. `poweroff` follows `<on_poweroff>`, `reboot` `<on_reboot>`.
 */
export interface GuestRequest {
  /** `exit`: the guest has powered off and QEMU is being killed (the domain is `in shutdown`). */
  kind: 'poweroff' | 'reboot' | 'exit';
  requestedAt: number;
  dueAt: number;
}

/** The job holding a domain's job lock. */
export type DomainJob = OutgoingMigrationJob | IncomingMigrationJob;

/** A completed migration's figures, named as `virsh domjobinfo --completed` reads them (VIR_DOMAIN_JOB_*). */
export type MigrationStats = Omit<MigrationProgress, 'paused' | 'done' | 'phase'> & {
  result: 'completed';
  rounds: number;
  transferred_mib: number;
  total_time_ms: number;
  downtime_ms: number;
  /** The destination's copy, which libvirt's migration cookie carries: "Operation: Incoming migration". */
  operation?: 'in';
};

/** The last job that ended on a domain: a migration's figures, or why it did not complete. */
export interface CompletedJob {
  kind: 'migration';
  stats: MigrationStats | { result: 'failed'; reason: string } | { result: 'canceled' };
  /** The Xen toolstack that ran it (MigrateRequest.via), whose words tell how it ended; none: libvirt's. */
  via?: 'xl' | 'xm';
  /** xm's live flag, which xend passes to xc_save (its words name it). */
  live?: boolean;
  /** The guest's domid on the source when a Xen toolstack's job failed (xc_save's command line names it). */
  domid?: number;
  /**
   * The last completed migration's figures when this job failed or was cancelled: QEMU's driver sets
   * its completed-job statistics only when a migration completes (qemuMigrationSrcWaitForCompletion),
   * so a failure leaves the earlier ones for `domjobinfo --completed`.
   */
  completed?: MigrationStats;
  /**
   * virsh read the completed job's statistics without --keep-completed: QEMU's driver frees them once
   * returned (qemuDomainGetJobStats), so `domjobinfo --completed` answers "None" until a job completes
   * again. The record stays for the lab's own views (lessons, the migration page).
   */
  statsRead?: true;
}

/**
 * A command bash runs in the background at a host's console (`xl migrate pv-app xen1 &`): bash's
 * job number and process id, the command as `jobs` prints it, and what it waits for — a migration
 * (the moving domain's uuid and the tool whose last words it prints when the job ends). `status` once
 * it has exited; bash prints its Done line at the next prompt and forgets it.
 */
export interface ShellJob {
  n: number;
  pid: number;
  text: string;
  /** `domid`: the guest's id when the job started (xm's failure names it in xc_save's command line). */
  waitsFor?: { uuid: string; tool: 'virsh' | 'xl' | 'xm'; domid?: number };
  status?: number;
}

export interface Domain {
  uuid: string;
  /** Runtime id, assigned at start from the host's counter; null when inactive. */
  id: number | null;
  state: DomainState;
  reason: string;
  /** The persistent (config) definition; null for a transient domain. */
  config: DomainDef | null;
  /** The live definition; null when the domain is inactive. */
  live: DomainDef | null;
  autostart: boolean;
  managedSave: ManagedSave | null;
  snapshots: Snapshot[];
  currentSnapshot?: string;
  /** Wall-clock ms when the domain last started (CPU time derives from it). */
  startedAt?: number;
  job?: DomainJob;
  lastJob?: CompletedJob;
  /** A shutdown/reboot the guest has been asked for and not done yet (lab QEMU and Xen hosts). */
  guestRequest?: GuestRequest;
  /**
   * The guest kernel panicked on a QEMU guest without a panic device: nothing told libvirt, so it stays
   * running while the guest hangs and answers no request; a reset or a stop ends it (decision 063).
   */
  hung?: true;
  /**
   * libxl kept the guest after it shut down (on_poweroff / on_reboot `preserve`): Xen holds the domain,
   * its id and its memory until it is destroyed; libvirt's object keeps the id (virDomainObjIsActive)
   * with the state shut off (shutdown, or crashed after on_crash preserve). The value is the shutdown's
   * reason, as xl list shows it.
   */
  preserved?: 'poweroff' | 'reboot' | 'crash';
  /**
   * The guest's clock in seconds as virDomainSetTime left it (the test driver starts it at 627319920):
   * a long long, any of them, so kept as decimal text (the world is JSON).
   */
  guestTime?: string;
  /** virDomainGetMessages' taint lines, e.g. "tainted: network configuration using opaque shell scripts". */
  messages?: string[];
  /** The test driver's guest filesystems frozen by virDomainFSFreeze ("/", "/boot"); kept across restarts. */
  frozenFs?: string[];
  /** virDomainCheckpoint*: the test driver's checkpoints, the newest one current (parent of the next). */
  checkpoints?: Checkpoint[];
  currentCheckpoint?: string;
}

/** One disk of a checkpoint: a dirty bitmap named after the checkpoint, or none (`checkpoint='no'`). */
export interface CheckpointDisk {
  name: string;
  bitmap?: string;
}
export interface Checkpoint {
  name: string;
  creationTime: number;
  parent?: string;
  description?: string;
  disks: CheckpointDisk[];
  def: DomainDef;
}

export interface HostCpu {
  model: string;
  vendor: 'Intel' | 'AMD' | 'unknown';
  mhz: number;
  nodes: number;
  sockets: number;
  cores: number;
  threads: number;
  /** CPUs libvirt's cpumap reports (the test driver disagrees with its own nodeinfo). */
  mapCpus?: number;
  onlineMask?: number[];
  flags: string[];
}

/** xend's /etc/xen/xend-config.sxp settings that govern relocation (migration). */
export interface XendConfig {
  'xend-relocation-server': 'yes' | 'no';
  'xend-relocation-port': number;
  'xend-relocation-address': string;
  'xend-relocation-hosts-allow': string;
  'dom0-min-mem': number;
  'dom0-cpus': number;
  'enable-dump': 'yes' | 'no';
}

export interface Host {
  name: string;
  hostname: string;
  uri: string;
  driver: Driver;
  /** 'KVM' / 'QEMU' / 'Xen' / 'TEST', as a learner would say it. */
  hypervisor: string;
  hypervisorVersion: string;
  cpu: HostCpu;
  memoryKiB: number;
  /** Free memory per NUMA cell, KiB. */
  cellsFreeKiB: number[];
  kernelModules: string[];
  /** Virtual files on this host: path → content (latin1 byte string). */
  files: Record<string, string>;
  nextId: number;
  domains: Domain[];
  xen?: {
    dom0: { memoryMiB: number; vcpus: number; cpuTimeS: number };
    xend: XendConfig;
    dmesg: string[];
    version: string;
  };
  /** Network address other hosts use, for relocation checks. */
  address: string;
  reachable: boolean;
  /** QEMU processes started by hand at the console (qemu-kvm …): guests libvirt does not know. */
  qemu?: QemuProcess[];
  /** Virtual networks: the test driver's `default`, and libvirtd's NAT `default` (virbr0) on KVM hosts. */
  networks?: VirtNetwork[];
  /** Storage pools with their volumes: modelled for the test driver (its `default-pool`). */
  pools?: StoragePool[];
  /** Host devices (virNodeDeviceObj): modelled for the test driver (computer and its SCSI hosts). */
  nodeDevices?: NodeDevice[];
  /** A test-driver node file's `<auth>` users: the connection asks for one (testConnectAuthenticate). */
  authUsers?: { username: string; password?: string }[];
  /** Host interfaces (virInterfaceObj): modelled for the test driver (its eth1). */
  interfaces?: HostInterface[];
  /** The interfaces as iface-begin found them, while a change transaction runs. */
  interfaceBackup?: HostInterface[];
  /** bash's jobs (lists run with `&`) at this host's console, and the last process id it gave one. */
  shell?: { jobs: ShellJob[]; lastPid: number };
}

/** An element as libvirt keeps it: attributes in document order, the children it knows. */
export interface XmlElement {
  name: string;
  attrs: [string, string][];
  children: XmlElement[];
}

/** A host interface definition (virInterfaceDef), kept as the tree virInterfaceDefFormat prints. */
export interface InterfaceDef {
  name: string;
  type: string;
  mac?: string;
  root: XmlElement;
}

/** A host network interface as the test driver keeps it. */
export interface HostInterface {
  def: InterfaceDef;
  active: boolean;
}

/** A node device as nodedev-dumpxml prints it: capability lines kept as libvirt formats them. */
export interface NodeDevice {
  name: string;
  parent?: string;
  /** A node file's `<path>` and `<devnode>` lines (printed between the name and the parent). */
  head?: string[];
  /** The `<capability>` elements, indented as inside `<device>`. */
  caps: string[];
  /** A Fibre Channel HBA's names; vHBAs are created and destroyed by them. */
  fc?: { wwnn: string; wwpn: string };
  /** Has vport_ops: can host vHBAs. */
  vportOps?: boolean;
}

/** The part of storage pool XML VirtLab keeps (virStoragePoolDef). Sizes are decimal byte strings. */
export interface PoolDef {
  type: string;
  name: string;
  uuid: string;
  source: PoolSource;
  target?: string;
  /** `<features><cow state>` as given (yes/no). */
  cow?: string;
}

/** virStoragePoolSource: only what the pool's type keeps. */
export interface PoolSource {
  hosts: { name: string; port?: string }[];
  devices: string[];
  dir?: string;
  adapter?: [string, string][];
  name?: string;
  initiator?: string;
  auth?: { type: string; username: string; usage?: string; uuid?: string; secretType?: string };
  format?: string;
  protocolVer?: string;
}

/** A storage volume (virStorageVolDef); sizes in bytes as decimal strings (they reach 2^64). */
export interface StorageVolume {
  name: string;
  capacity: string;
  allocation: string;
  format: string;
  backing?: { path: string; format?: string };
  /** A path and key a test-driver node file gave (testOpenVolumesForPool keeps them); else the pool's path and the name. */
  path?: string;
  key?: string;
}

/** A storage pool as a driver keeps it (virStoragePoolObj). */
export interface StoragePool {
  def: PoolDef;
  active: boolean;
  persistent: boolean;
  autostart: boolean;
  volumes: StorageVolume[];
}

/** The part of network XML VirtLab keeps (virNetworkDef): what `net-dumpxml` prints back. */
export interface NetworkDef {
  name: string;
  uuid: string;
  /**
   * `nat` holds the port range libvirt's network driver gives a NAT network; `interfaces` the
   * `<interface dev>` list (the `dev` attribute is the first one's).
   */
  forward?: { mode: string; dev?: string; nat?: { start: number; end: number }; interfaces?: string[] };
  bridge?: { name?: string; stp?: string; delay?: string };
  mac?: string;
  domain?: string;
  dns?: NetworkDns;
  ips: {
    family?: string;
    address?: string;
    netmask?: string;
    prefix?: string;
    /** `localPtr` as written (yes/no). */
    localPtr?: string;
    /** `<tftp root>` (IPv4 only). */
    tftp?: string;
    ranges: { start: string; end: string }[];
    hosts: { mac?: string; name?: string; ip?: string }[];
    /** `<dhcp><bootp file server>` (IPv4 only; one without a file is skipped). */
    bootp?: { file: string; server?: string };
  }[];
  portgroups?: PortGroup[];
}

/** A network's `<dns>` records (virNetworkDNSDef), printed TXT, SRV, then HOST. */
export interface NetworkDns {
  txts: { name: string; value: string }[];
  srvs: {
    service?: string;
    protocol?: string;
    domain?: string;
    target?: string;
    port?: number;
    priority?: number;
    weight?: number;
  }[];
  hosts: { ip: string; names: string[] }[];
}

/** A `<portgroup>`: its name, whether it is the default, and its vlan/virtualport/bandwidth elements. */
export interface PortGroup {
  name: string;
  isDefault: boolean;
  children: XmlElement[];
}

/** A virtual network as a driver keeps it (virNetworkObj). */
export interface VirtNetwork {
  def: NetworkDef;
  /** The persistent definition waiting for the next start (virNetworkObj's newDef), once one was changed. */
  newDef?: NetworkDef;
  active: boolean;
  persistent: boolean;
  autostart: boolean;
  /**
   * The leases recorded in the network's status file (ops/leases.ts): a running guest's grant (its
   * address), a stopped or disconnected guest's lease kept until it expires.
   */
  leases?: KeptLease[];
  /**
   * When the network last started (lab ms) on a libvirtd host: its bridge was made anew, and the
   * taps of guests that were running before stay off it (no renewals reach its dnsmasq).
   */
  startedAt?: number;
}

/** A DHCP lease in a network's status file; `expiry` in seconds since the epoch. */
export interface KeptLease {
  mac: string;
  ip: string;
  hostname: string;
  expiry: number;
  /**
   * A guest that arrived by migration: the first renewal its DHCP client sends this network's
   * dnsmasq (seconds since the epoch), the clock of its renewals from then on.
   */
  from?: number;
}

/** A QEMU started without libvirt: it runs, but no `virsh list` shows it. */
export interface QemuProcess {
  pid: number;
  /** The command line as typed, for ps. */
  argv: string[];
  /** -name; QEMU's `info name` prints nothing without it. */
  name?: string;
  memoryMiB: number;
  vcpus: number;
  /** Image files, in -hda…-hdd / -drive order. */
  disks: { path: string; format: 'qcow2' | 'raw' }[];
  /** -net nic / -net user (both when no -net is given: QEMU's default e1000 on user networking). */
  net: { nic: boolean; user: boolean };
  /** -enable-kvm (or the qemu-kvm / kvm wrapper): hardware virtualization, else TCG emulation. */
  kvm: boolean;
  state: 'running' | 'paused';
  /** `-monitor stdio` in the foreground: the console talks to the (qemu) monitor until it quits. */
  monitor: boolean;
  startedAt: number;
  /** Milliseconds the guest ran while paused was excluded (for `info snapshots`' VM CLOCK). */
  pausedMs: number;
  pausedAt?: number;
}

export interface DomainEvent {
  seq: number;
  time: number;
  host: string;
  domain: string;
  /** libvirt event type, e.g. 'lifecycle'. */
  type: 'lifecycle' | 'job' | 'tunable' | 'migration-iteration';
  /** virsh event's words, e.g. 'Started' / 'Booted'. */
  event: string;
  detail: string;
}

export interface World {
  version: 1;
  hosts: Host[];
  events: DomainEvent[];
  eventSeq: number;
}
