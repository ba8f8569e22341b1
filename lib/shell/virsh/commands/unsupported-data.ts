import type { CmdCtx } from '../context';
import type { TestObject } from './test-objects';

/** `[option, kind, name in the message]`: int, unsigned long long, scaled bytes or scaled KiB. */
type NumberOpt = readonly [string, 'int' | 'ullong' | 'scaled' | 'kib', string?];

/** What virsh 9.0 does for a command whose API the test driver lacks (see unsupported.ts). */
export interface Refusal {
  name: string;
  /** The API whose absence is reported; some options make virsh call another. */
  api: string | ((c: CmdCtx) => string);
  /** virsh's line before libvirt's error; `{option}` is an option's value, `{name}` the object's name. */
  fail?: string | ((c: CmdCtx) => string);
  /** The domain option looked up first (virshCommandOptDomain). */
  domain?: true | string;
  object?: TestObject;
  /** Checks virsh makes before the call (VSH_REQUIRE_OPTION and the like). */
  check?: (c: CmdCtx) => boolean;
  numbers?: readonly NumberOpt[];
  /** The file option virsh reads before the call. */
  file?: string;
  /** libvirt.c refuses the API on a read-only connection before asking the driver. */
  readonly?: boolean | ((c: CmdCtx) => boolean);
}

const flags = (c: CmdCtx) => ['config', 'live', 'current', 'persistent'].some((o) => c.has(o));
const either = (opt: string, a: string, b: string) => (c: CmdCtx) => {
  if (!c.has(opt) || c.has(a) || c.has(b)) return true;
  c.error(`One of options --${a} or --${b} is required by option --${opt}`);
  return false;
};

// One row per command; rows checked against real virsh by conformance/scenarios/unsupported.ts.
export const testDriverRefusals: readonly Refusal[] = [
  {
    name: 'attach-device',
    domain: true,
    file: 'file',
    readonly: true,
    fail: 'Failed to attach device from {file}',
    api: (c) => (flags(c) ? 'virDomainAttachDeviceFlags' : 'virDomainAttachDevice'),
  },
  {
    name: 'detach-device',
    domain: true,
    file: 'file',
    readonly: true,
    fail: 'Failed to detach device from {file}',
    api: (c) => (flags(c) ? 'virDomainDetachDeviceFlags' : 'virDomainDetachDevice'),
  },
  {
    name: 'update-device',
    domain: true,
    file: 'file',
    readonly: true,
    fail: 'Failed to update device from {file}',
    api: 'virDomainUpdateDeviceFlags',
  },
  {
    name: 'detach-device-alias',
    domain: true,
    readonly: true,
    fail: 'Failed to detach device with alias {alias}',
    api: 'virDomainDetachDeviceAlias',
  },
  {
    name: 'blockcommit',
    domain: true,
    readonly: true,
    numbers: [['bandwidth', 'scaled', '--bandwidth']],
    api: 'virDomainBlockCommit',
  },
  {
    name: 'blockpull',
    domain: true,
    readonly: true,
    numbers: [['bandwidth', 'scaled', '--bandwidth']],
    api: (c) => (c.has('base') || c.has('keep-relative') ? 'virDomainBlockRebase' : 'virDomainBlockPull'),
  },
  {
    name: 'blockjob',
    domain: true,
    readonly: (c) => c.has('abort') || c.has('pivot') || c.has('bandwidth'),
    api: (c) =>
      c.has('abort') || c.has('pivot')
        ? 'virDomainBlockJobAbort'
        : c.has('bandwidth')
          ? 'virDomainBlockJobSetSpeed'
          : 'virDomainGetBlockJobInfo',
  },
  {
    name: 'blockresize',
    domain: true,
    readonly: true,
    numbers: [['size', 'kib']],
    fail: "Failed to resize block device '{path}'",
    api: 'virDomainBlockResize',
  },
  {
    name: 'dompmwakeup',
    domain: true,
    readonly: true,
    fail: "Domain '{name}' could not be woken up",
    api: 'virDomainPMWakeup',
  },
  { name: 'get-user-sshkeys', domain: true, readonly: true, api: 'virDomainAuthorizedSSHKeysGet' },
  { name: 'lxc-enter-namespace', domain: true, readonly: true, api: 'virDomainLxcOpenNamespace' },
  { name: 'managedsave-dumpxml', domain: true, api: 'virDomainManagedSaveGetXMLDesc' },
  {
    name: 'migrate-setmaxdowntime',
    domain: true,
    readonly: true,
    numbers: [['downtime', 'ullong']],
    api: 'virDomainMigrateSetMaxDowntime',
  },
  { name: 'migrate-getmaxdowntime', domain: true, api: 'virDomainMigrateGetMaxDowntime' },
  {
    name: 'migrate-compcache',
    domain: true,
    readonly: (c) => c.has('size'),
    numbers: [['size', 'ullong']],
    api: (c) => (c.has('size') ? 'virDomainMigrateSetCompressionCache' : 'virDomainMigrateGetCompressionCache'),
  },
  {
    name: 'migrate-setspeed',
    domain: true,
    readonly: true,
    numbers: [['bandwidth', 'ullong']],
    api: 'virDomainMigrateSetMaxSpeed',
  },
  { name: 'migrate-getspeed', domain: true, readonly: true, api: 'virDomainMigrateGetMaxSpeed' },
  { name: 'migrate-postcopy', domain: true, readonly: true, api: 'virDomainMigrateStartPostCopy' },
  { name: 'qemu-monitor-command', domain: true, readonly: true, api: 'virDomainQemuMonitorCommand' },
  { name: 'qemu-agent-command', domain: true, readonly: true, api: 'virDomainQemuAgentCommand' },
  {
    name: 'guest-agent-timeout',
    domain: true,
    readonly: true,
    numbers: [['timeout', 'int']],
    api: 'virDomainAgentSetResponseTimeout',
  },
  {
    name: 'guestvcpus',
    domain: true,
    readonly: true,
    check: either('cpulist', 'enable', 'disable'),
    api: (c) => (c.has('cpulist') ? 'virDomainSetGuestVcpus' : 'virDomainGetGuestVcpus'),
  },
  {
    name: 'domblkthreshold',
    domain: true,
    readonly: true,
    numbers: [['threshold', 'scaled']],
    api: 'virDomainSetBlockThreshold',
  },
  { name: 'guestinfo', domain: true, readonly: true, api: 'virDomainGetGuestInfo' },
  {
    name: 'domdirtyrate-calc',
    domain: true,
    readonly: true,
    numbers: [['seconds', 'int']],
    api: 'virDomainStartDirtyRateCalc',
  },
  { name: 'backup-begin', domain: true, readonly: true, api: 'virDomainBackupBegin' },
  { name: 'backup-dumpxml', domain: true, api: 'virDomainBackupGetXMLDesc' },
  {
    name: 'allocpages',
    readonly: true,
    numbers: [
      ['pagesize', 'kib'],
      ['pagecount', 'ullong'],
    ],
    api: 'virNodeAllocPages',
  },
  {
    name: 'domcapabilities',
    readonly: true,
    fail: 'failed to get emulator capabilities',
    api: 'virConnectGetDomainCapabilities',
  },
  {
    name: 'nodememstats',
    numbers: [['cell', 'int']],
    fail: 'Unable to get number of memory stats',
    api: 'virNodeGetMemoryStats',
  },
  { name: 'nodesevinfo', readonly: true, fail: 'Unable to get host SEV information', api: 'virNodeGetSEVInfo' },
  {
    name: 'pool-capabilities',
    fail: 'failed to get storage pool capabilities',
    api: 'virConnectGetStoragePoolCapabilities',
  },
  {
    name: 'nwfilter-define',
    file: 'file',
    readonly: true,
    fail: 'Failed to define network filter from {file}',
    api: 'virNWFilterDefineXML',
  },
  { name: 'nwfilter-dumpxml', object: 'nwfilter', api: 'virNWFilterLookupByName' },
  { name: 'nwfilter-edit', object: 'nwfilter', api: 'virNWFilterLookupByName' },
  { name: 'nwfilter-undefine', object: 'nwfilter', api: 'virNWFilterLookupByName' },
  { name: 'nwfilter-list', fail: 'Failed to count network filters', api: 'virConnectNumOfNWFilters' },
  {
    name: 'nwfilter-binding-create',
    file: 'file',
    readonly: true,
    fail: 'Failed to create network filter from {file}',
    api: 'virNWFilterBindingCreateXML',
  },
  { name: 'nwfilter-binding-delete', object: 'binding', api: 'virNWFilterBindingLookupByPortDev' },
  { name: 'nwfilter-binding-dumpxml', object: 'binding', api: 'virNWFilterBindingLookupByPortDev' },
  {
    name: 'nwfilter-binding-list',
    fail: 'Failed to list network filter bindings',
    api: 'virConnectListAllNWFilterBindings',
  },
  {
    name: 'secret-define',
    file: 'file',
    readonly: true,
    fail: 'Failed to set attributes from {file}',
    api: 'virSecretDefineXML',
  },
  { name: 'secret-dumpxml', object: 'secret', api: 'virSecretLookupByUUID' },
  { name: 'secret-get-value', object: 'secret', api: 'virSecretLookupByUUID' },
  { name: 'secret-set-value', object: 'secret', api: 'virSecretLookupByUUID' },
  { name: 'secret-undefine', object: 'secret', api: 'virSecretLookupByUUID' },
  { name: 'secret-list', fail: 'Failed to count secrets', api: 'virConnectNumOfSecrets' },
  {
    name: 'net-dhcp-leases',
    object: 'network',
    fail: 'Failed to get leases info for {network}',
    api: 'virNetworkGetDHCPLeases',
  },
  { name: 'net-port-list', object: 'network', api: 'virNetworkListAllPorts' },
  {
    name: 'net-port-create',
    object: 'network',
    file: 'file',
    readonly: true,
    fail: 'Failed to create network from {file}',
    api: 'virNetworkPortCreateXML',
  },
];
