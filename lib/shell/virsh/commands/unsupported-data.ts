import type { CmdCtx } from '../context';
import { passFdsCount } from './pass-fds';
import { qmpWrapOk } from './qmp-wrap';
import type { TestObject } from './test-objects';

/**
 * `[option, kind, name in the message]`: int, unsigned long long, long long, unsigned long that wraps a
 * negative (vshCommandOptULWrap), a block job's bandwidth, scaled bytes or scaled KiB.
 */
type NumberOpt = readonly [
  string,
  'int' | 'uint' | 'ullong' | 'llong' | 'ulwrap' | 'bandwidth' | 'scaled' | 'kib' | 'pagesize' | 'timeout',
  string?,
];

/** What virsh 9.0 does for a command whose API the test driver lacks (see unsupported.ts). */
export interface Refusal {
  name: string;
  /** The API whose absence is reported; some options make virsh call another. */
  api: string | ((c: CmdCtx) => string);
  /** virsh's line before libvirt's error; `{option}` is an option's value, `{name}` the object's name. */
  fail?: string | ((c: CmdCtx) => string);
  /** VSH_EXCLUSIVE_OPTIONS pairs, checked first (with --current against --live/--config/--persistent). */
  exclusive?: readonly (readonly [string, string])[];
  /** Pairs virsh checks before --current's (setvcpu's --enable/--disable). */
  exclusiveFirst?: readonly (readonly [string, string])[];
  /** Checks virsh makes on its options before any lookup. */
  pre?: (c: CmdCtx) => boolean;
  /** A VSH_REQUIRE_OPTION virsh checks before its VSH_EXCLUSIVE_OPTIONS. */
  requiresFirst?: readonly [string, string];
  /** String options read (vshCommandOptStringReq: "" refused) before anything else, and after the lookup. */
  stringsFirst?: readonly string[];
  strings?: readonly string[];
  /** The numbers are read before the lookup. */
  numbersFirst?: boolean;
  /** Checks between the numbers read first and the lookup. */
  afterNumbers?: (c: CmdCtx) => boolean;
  /** The domain option looked up first (virshCommandOptDomain). */
  domain?: true | string;
  object?: TestObject;
  /** Checks made after the numbers are read, before the call (virsh's and libvirt.c's). */
  check?: (c: CmdCtx) => boolean;
  numbers?: readonly NumberOpt[];
  /** The file option virsh reads before the call. */
  file?: string;
  /** Optional file options read in this order. */
  files?: readonly string[];
  /** virsh ends without calling the API at all (true: success). */
  done?: (c: CmdCtx) => boolean;
  /** libvirt.c refuses the API on a read-only connection before asking the driver. */
  readonly?: boolean | ((c: CmdCtx) => boolean);
}

const flags = (c: CmdCtx) => ['config', 'live', 'current', 'persistent'].some((o) => c.has(o));
/** guestvcpus: a --cpulist needs --enable or --disable (virsh's own message, one of its catalogue). */
const cpulistNeedsAction = (c: CmdCtx) => {
  if (!c.has('cpulist') || c.has('enable') || c.has('disable')) return true;
  c.error('One of options --enable or --disable is required by option --cpulist');
  return false;
};

/** blockcommit: --verbose and --async need something that waits for the job. */
function needsWait(c: CmdCtx, opt: string): boolean {
  if (!c.has(opt) || ['timeout', 'wait', 'pivot', 'keep-overlay'].some((o) => c.has(o))) return true;
  c.error(`--${opt} requires at least one of --timeout, --wait, --pivot, or --keep-overlay`);
  return false;
}

/** qemu-agent-command: one of --timeout, --async, --block, and a timeout above zero. */
function agentTimeout(c: CmdCtx): boolean {
  const t = c.str('timeout');
  if (t !== undefined && Number(t.trim()) < 1) {
    c.error('timeout must be positive');
    return false;
  }
  if (['timeout', 'async', 'block'].filter((o) => c.has(o)).length <= 1) return true;
  c.error('timeout, async and block options are exclusive');
  return false;
}

/** secret-list's filters need virConnectListAllSecrets; virsh's fallback cannot filter. */
function noFilters(c: CmdCtx): boolean {
  if (!['ephemeral', 'no-ephemeral', 'private', 'no-private'].some((o) => c.has(o))) return true;
  c.error('Filtering is not supported by this libvirt');
  return false;
}

/** vshCommandOptStringReq on options read before the lookup: "" is refused. */
function nonEmpty(c: CmdCtx, opts: readonly string[]): boolean {
  const empty = opts.find((o) => c.str(o) === '');
  if (empty === undefined) return true;
  c.error(`Failed to get option '${empty}': Option argument is empty`);
  return false;
}

/** net-port-list prints a table or UUIDs, not both. */
function tableOrUuid(c: CmdCtx): boolean {
  if (!c.has('table') || !c.has('uuid')) return true;
  c.error('Only one argument from --table and --uuid may be specified.');
  return false;
}

/** domdirtyrate-calc --mode: virsh knows three calculation modes. */
function dirtyRateMode(c: CmdCtx): boolean {
  const mode = c.str('mode');
  if (mode === '') {
    c.error("Failed to get option 'mode': Option argument is empty");
    return false;
  }
  if (mode === undefined || ['page-sampling', 'dirty-bitmap', 'dirty-ring'].includes(mode)) return true;
  c.error(`Unknown calculation mode '${mode}'`);
  return false;
}

/** virsh's own check: a downtime of 0 ms is refused. */
function downtime(c: CmdCtx): boolean {
  const v = c.str('downtime');
  if (v === undefined || BigInt(v.trim()) >= 1n) return true;
  c.error('migrate: Invalid downtime');
  return false;
}

/** libvirt.c's virNodeGetMemoryStats: a cell number below -1 is refused before the driver is asked. */
function cellNum(c: CmdCtx): boolean {
  const cell = c.str('cell');
  if (cell === undefined || Number(cell.trim()) >= -1) return true;
  c.error('Unable to get number of memory stats');
  c.libvirtError({
    code: 'INVALID_ARG',
    message: 'cellNum in virNodeGetMemoryStats only accepts -1 as a negative value',
  });
  return false;
}

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
    strings: ['alias'],
    fail: 'Failed to detach device with alias {alias}',
    api: 'virDomainDetachDeviceAlias',
  },
  {
    name: 'blockcommit',
    exclusive: [['pivot', 'keep-overlay']],
    stringsFirst: ['path', 'base', 'top'],
    numbersFirst: true,
    // cmdBlockcommit reads --bandwidth and --timeout before it asks for something that waits (seed 281).
    afterNumbers: (c) => needsWait(c, 'verbose') && needsWait(c, 'async'),
    domain: true,
    readonly: true,
    numbers: [
      ['bandwidth', 'bandwidth'],
      ['timeout', 'timeout'],
    ],
    api: 'virDomainBlockCommit',
  },
  {
    name: 'blockpull',
    // cmdBlockPull reads --path and --base (vshCommandOptStringReq) after these, before --bandwidth.
    pre: (c) => c.requires('verbose', 'wait') && c.requires('async', 'wait') && nonEmpty(c, ['path', 'base']),
    numbersFirst: true,
    domain: true,
    readonly: true,
    numbers: [
      ['bandwidth', 'bandwidth'],
      ['timeout', 'timeout'],
    ],
    api: (c) => (c.has('base') || c.has('keep-relative') ? 'virDomainBlockRebase' : 'virDomainBlockPull'),
  },
  {
    name: 'blockjob',
    exclusive: [
      ['raw', 'abort'],
      ['raw', 'pivot'],
      ['raw', 'async'],
      ['raw', 'bandwidth'],
      ['info', 'abort'],
      ['info', 'pivot'],
      ['info', 'async'],
      ['info', 'bandwidth'],
      ['bytes', 'abort'],
      ['bytes', 'pivot'],
      ['bytes', 'async'],
    ],
    domain: true,
    numbers: [['bandwidth', 'bandwidth']],
    readonly: (c) => ['abort', 'pivot', 'async', 'bandwidth'].some((o) => c.has(o)),
    api: (c) =>
      c.has('bandwidth')
        ? 'virDomainBlockJobSetSpeed'
        : c.has('abort') || c.has('pivot') || c.has('async')
          ? 'virDomainBlockJobAbort'
          : 'virDomainGetBlockJobInfo',
  },
  {
    name: 'blockresize',
    stringsFirst: ['path'],
    numbersFirst: true,
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
  { name: 'get-user-sshkeys', domain: true, strings: ['user'], readonly: true, api: 'virDomainAuthorizedSSHKeysGet' },
  { name: 'lxc-enter-namespace', domain: true, readonly: true, api: 'virDomainLxcOpenNamespace' },
  { name: 'managedsave-dumpxml', domain: true, api: 'virDomainManagedSaveGetXMLDesc' },
  {
    name: 'migrate-setmaxdowntime',
    domain: true,
    readonly: true,
    numbers: [['downtime', 'ullong']],
    check: downtime,
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
    numbers: [['bandwidth', 'ulwrap']],
    api: 'virDomainMigrateSetMaxSpeed',
  },
  { name: 'migrate-getspeed', domain: true, readonly: true, api: 'virDomainMigrateGetMaxSpeed' },
  { name: 'migrate-postcopy', domain: true, readonly: true, api: 'virDomainMigrateStartPostCopy' },
  {
    name: 'qemu-monitor-command',
    exclusive: [
      ['hmp', 'pretty'],
      ['hmp', 'return-value'],
    ],
    domain: true,
    check: (c) => qmpWrapOk(c) && passFdsCount(c) !== undefined,
    readonly: true,
    api: (c) => (passFdsCount(c) ? 'virDomainQemuMonitorCommandWithFiles' : 'virDomainQemuMonitorCommand'),
  },
  {
    name: 'qemu-agent-command',
    domain: true,
    numbers: [['timeout', 'int']],
    check: agentTimeout,
    readonly: true,
    api: 'virDomainQemuAgentCommand',
  },
  {
    name: 'guest-agent-timeout',
    domain: true,
    readonly: true,
    numbers: [['timeout', 'int']],
    api: 'virDomainAgentSetResponseTimeout',
  },
  {
    name: 'guestvcpus',
    exclusive: [['enable', 'disable']],
    // VSH_REQUIRE_OPTION twice, then --cpulist read (vshCommandOptStringReq), then virsh's own check.
    pre: (c) =>
      c.requires('enable', 'cpulist') &&
      c.requires('disable', 'cpulist') &&
      nonEmpty(c, ['cpulist']) &&
      cpulistNeedsAction(c),
    domain: true,
    readonly: true,
    api: (c) => (c.has('cpulist') ? 'virDomainSetGuestVcpus' : 'virDomainGetGuestVcpus'),
  },
  {
    name: 'domblkthreshold',
    stringsFirst: ['dev'],
    numbersFirst: true,
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
    check: dirtyRateMode,
    api: 'virDomainStartDirtyRateCalc',
  },
  {
    name: 'backup-begin',
    domain: true,
    files: ['backupxml', 'checkpointxml'],
    readonly: true,
    api: 'virDomainBackupBegin',
  },
  { name: 'backup-dumpxml', domain: true, api: 'virDomainBackupGetXMLDesc' },
  {
    name: 'allocpages',
    exclusive: [['all', 'cellno']],
    // --all calls virNodeAllocPages once per NUMA cell of the capabilities: a node without cells, never.
    done: (c) => c.has('all') && c.host().cellsFreeKiB.length === 0,
    readonly: true,
    numbers: [
      // cmdAllocpages reads --cellno first; a page size in KiB fits an unsigned int (UINT_MAX KiB).
      ['cellno', 'int'],
      ['pagesize', 'pagesize'],
      ['pagecount', 'ullong'],
    ],
    api: 'virNodeAllocPages',
  },
  {
    name: 'domcapabilities',
    readonly: true,
    stringsFirst: ['virttype', 'emulatorbin', 'arch', 'machine'],
    fail: 'failed to get emulator capabilities',
    api: 'virConnectGetDomainCapabilities',
  },
  {
    name: 'nodememstats',
    numbers: [['cell', 'int']],
    check: cellNum,
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
    // cmdNWFilterDefine: --validate passes VIR_NWFILTER_DEFINE_VALIDATE through the Flags variant.
    api: (c) => (c.has('validate') ? 'virNWFilterDefineXMLFlags' : 'virNWFilterDefineXML'),
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
  {
    name: 'secret-set-value',
    // cmdSecretSetValue's order.
    exclusive: [
      ['file', 'base64'],
      ['plain', 'base64'],
      ['interactive', 'base64'],
      ['interactive', 'plain'],
      ['interactive', 'file'],
    ],
    object: 'secret',
    api: 'virSecretLookupByUUID',
  },
  { name: 'secret-undefine', object: 'secret', api: 'virSecretLookupByUUID' },
  { name: 'secret-list', pre: noFilters, fail: 'Failed to count secrets', api: 'virConnectNumOfSecrets' },
  {
    name: 'net-dhcp-leases',
    // cmdNetworkDHCPLeases reads --mac before it looks the network up.
    stringsFirst: ['mac'],
    object: 'network',
    fail: 'Failed to get leases info for {network}',
    api: 'virNetworkGetDHCPLeases',
  },
  {
    name: 'net-port-list',
    pre: tableOrUuid,
    object: 'network',
    api: 'virNetworkListAllPorts',
  },
  {
    name: 'net-port-create',
    object: 'network',
    file: 'file',
    readonly: true,
    fail: 'Failed to create network from {file}',
    api: 'virNetworkPortCreateXML',
  },
];
