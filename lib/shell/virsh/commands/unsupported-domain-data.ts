import type { CmdCtx } from '../context';
import { fdsToAssociate } from './pass-fds';
import { reqString } from './pool-lookup';
import { extractCpuXmls } from './cpu-xml';
import type { Refusal } from './unsupported-data';

/** A value among the ones virsh names, else its own message. */
const oneOf = (opt: string, values: readonly string[], message: string) => (c: CmdCtx) => {
  const v = c.str(opt);
  if (v === undefined || values.includes(v)) return true;
  c.error(message);
  return false;
};

/** vshCommandOptStringReq on an option read after the numbers. */
function stringOk(c: CmdCtx, opt: string): boolean {
  if (c.str(opt) !== '') return true;
  c.error(`Failed to get option '${opt}': Option argument is empty`);
  return false;
}

/** vshExtractCPUDefXMLs: the file must hold a <cpu> element (alone, or in domain or capabilities XML). */
const cpuFile = (c: CmdCtx) => extractCpuXmls(c, c.str('file')!) !== undefined;

const NODE_MEMORY = ['shm-pages-to-scan', 'shm-sleep-millisecs', 'shm-merge-across-nodes'];
const setsNodeMemory = (c: CmdCtx) => NODE_MEMORY.some((o) => c.has(o));

/**
 * More commands whose API test_driver.c lacks (see unsupported.ts), in the domain and host
 * families; rows written from real virsh 9.0's answers, replayed by conformance/scenarios/unsupported.ts.
 */
export const domainRefusals: readonly Refusal[] = [
  {
    name: 'dompmsuspend',
    domain: true,
    numbers: [['duration', 'ullong']],
    check: (c) => stringOk(c, 'target') && oneOf('target', ['mem', 'disk', 'hybrid'], 'Invalid target')(c),
    readonly: true,
    fail: "Domain '{name}' could not be suspended",
    api: 'virDomainPMSuspendForDuration',
  },
  {
    name: 'domxml-to-native',
    // cmdDomXMLToNative reads --format and --xml (refusing ""), then VSH_EXCLUSIVE_OPTIONS_VAR.
    stringsFirst: ['format', 'xml'],
    pre: (c) => {
      if (!c.exclusive('domain', 'xml')) return false;
      if (c.has('domain') || c.has('xml')) return true;
      c.error('need either domain or domain XML');
      return false;
    },
    check: (c) => !c.has('domain') || c.domain() !== undefined,
    file: 'xml',
    readonly: true,
    api: 'virConnectDomainXMLToNative',
  },
  {
    name: 'domxml-from-native',
    stringsFirst: ['format', 'config'],
    file: 'config',
    readonly: true,
    api: 'virConnectDomainXMLFromNative',
  },
  {
    name: 'qemu-attach',
    numbers: [['pid', 'uint']],
    readonly: true,
    fail: 'Failed to attach to pid {pid}',
    api: 'virDomainQemuAttach',
  },
  {
    name: 'setvcpu',
    exclusiveFirst: [['enable', 'disable']],
    // cmdSetvcpu: --enable/--disable, then --vcpulist read, then the domain (seed 249).
    pre: (c) => {
      if (!c.has('enable') && !c.has('disable')) {
        c.error('one of --enable, --disable is required');
        return false;
      }
      return reqString(c, 'vcpulist') !== null;
    },
    domain: true,
    readonly: true,
    api: 'virDomainSetVcpu',
  },
  {
    name: 'dom-fd-associate',
    domain: true,
    check: fdsToAssociate,
    readonly: true,
    api: 'virDomainFDAssociate',
  },
  {
    name: 'node-memory-tune',
    numbers: NODE_MEMORY.map((o) => [o, 'uint'] as const),
    readonly: setsNodeMemory,
    fail: (c) =>
      setsNodeMemory(c) ? 'Unable to change memory parameters' : 'Unable to get number of memory parameters',
    api: (c) => (setsNodeMemory(c) ? 'virNodeSetMemoryParameters' : 'virNodeGetMemoryParameters'),
  },
  {
    name: 'cpu-compare',
    check: cpuFile,
    fail: 'Failed to compare host CPU with {file}',
    api: 'virConnectCompareCPU',
  },
  {
    name: 'hypervisor-cpu-compare',
    stringsFirst: ['file', 'virttype', 'emulator', 'arch', 'machine'],
    check: cpuFile,
    readonly: true,
    fail: 'Failed to compare hypervisor CPU with {file}',
    api: 'virConnectCompareHypervisorCPU',
  },
  {
    name: 'hypervisor-cpu-baseline',
    stringsFirst: ['file', 'virttype', 'emulator', 'arch', 'machine', 'model'],
    // VSH_ALTERNATIVE_OPTIONS_EXPR comes after the strings are read (so after an empty --file).
    pre: (c) => {
      if (!c.exclusive('file', 'model')) return false;
      if (c.has('file') || c.has('model')) return true;
      c.error('Either --file or --model must be provided');
      return false;
    },
    check: (c) => !c.has('file') || cpuFile(c),
    readonly: true,
    api: 'virConnectBaselineHypervisorCPU',
  },
  {
    name: 'nodesuspend',
    stringsFirst: ['target'],
    numbersFirst: true,
    // vshCommandOptLongLong, read before the target is looked up by name.
    numbers: [['duration', 'llong']],
    check: (c) => {
      if (!oneOf('target', ['mem', 'disk', 'hybrid'], 'Invalid target')(c)) return false;
      if (!/^[ \t]*-/.test(c.str('duration') ?? '')) return true;
      c.error('Invalid duration');
      return false;
    },
    readonly: true,
    fail: 'The host was not suspended',
    api: 'virNodeSuspendForDuration',
  },
];
