import { escapeXml } from '../xml/escape';
import { fail, ok, type Result, unsupportedFlags } from '../result';
import { parseXmlTree, type XmlTree } from '../xml/xml-tree';
import { type HostCpu, parseHostCpu } from './cpu-def';
import { type GuestCpu, x86Baseline, x86ExpandFeatures } from './x86-baseline';
import { ppc64Model, ppc64Vendor } from './x86-map';

/** virConnectBaselineCPU's flags. */
export const BASELINE_EXPAND_FEATURES = 1;
export const BASELINE_MIGRATABLE = 2;

const failed = (m: string) => fail('OPERATION_FAILED', `operation failed: ${m}`);
const X86 = ['i686', 'x86_64'];
const PPC64 = ['ppc64', 'ppc64le'];
const ARM = ['armv6l', 'armv7l', 'armv7b', 'aarch64'];
const S390 = ['s390', 's390x'];

/** virCPUppc64Baseline: every CPU must name the first one's model; vendors checked against it. */
function ppc64Baseline(cpus: HostCpu[]): Result<GuestCpu> {
  const model = ppc64Model(cpus[0].model);
  if (!model) return fail('INTERNAL_ERROR', `internal error: Unknown CPU model ${cpus[0].model}`);
  let vendor: string | null = null;
  for (const cpu of cpus) {
    if (cpu.model !== model[0]) return failed('CPUs are incompatible');
    if (cpu.vendor === null) continue;
    if (!ppc64Vendor(cpu.vendor)) return failed(`Unknown CPU vendor ${cpu.vendor}`);
    if (model[1]) {
      if (model[1] !== cpu.vendor)
        return failed(`CPU vendor ${model[1]} of model ${model[0]} differs from vendor ${cpu.vendor}`);
    } else if (vendor !== null && vendor !== cpu.vendor) return failed('CPU vendors do not match');
    else vendor = cpu.vendor;
  }
  return ok({ model: model[0], fallback: 'forbid', vendor, features: [] });
}

/** virCPUBaseline with the architecture of the first CPU: its CPU driver's baseline, or why there is none. */
function archBaseline(cpus: HostCpu[]): Result<GuestCpu> {
  const arch = cpus[0].arch;
  if (X86.includes(arch)) return x86Baseline(cpus);
  if (PPC64.includes(arch)) return ppc64Baseline(cpus);
  // virCPUarmBaseline: the first CPU's model, nothing checked.
  if (ARM.includes(arch)) return ok({ model: cpus[0].model, fallback: 'allow', vendor: null, features: [] });
  if (S390.includes(arch))
    return fail(
      'NO_SUPPORT',
      `this function is not supported by the connection driver: cannot compute baseline CPU of ${arch} architecture`,
    );
  return fail(
    'NO_SUPPORT',
    `this function is not supported by the connection driver: '${arch}' architecture is not supported by CPU driver`,
  );
}

/** virCPUDefFormat of a custom guest CPU. */
export function formatGuestCpu(cpu: GuestCpu): string {
  const lines = [
    `  <model fallback='${cpu.fallback}'>${escapeXml(cpu.model)}</model>`,
    ...(cpu.vendor !== null ? [`  <vendor>${escapeXml(cpu.vendor)}</vendor>`] : []),
    ...cpu.features.map((f) => `  <feature policy='${f.policy}' name='${f.name}'/>`),
  ];
  return `<cpu mode='custom' match='exact'>\n${lines.join('\n')}\n</cpu>\n`;
}

/** strcmp order, as virCPUExpandFeatures sorts. */
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * testConnectBaselineCPU: each <cpu> string parsed as a host CPU, baselined by the first one's
 * architecture, optionally with every feature spelled out; the result as virCPUDefFormat writes it.
 */
export function testBaselineCpu(xmls: string[], flags: number): Result<string> {
  if (flags & ~BASELINE_EXPAND_FEATURES)
    return unsupportedFlags(flags & ~BASELINE_EXPAND_FEATURES, 'testConnectBaselineCPU');
  const cpus: HostCpu[] = [];
  for (const xml of xmls) {
    const root = parseXmlTree(xml).find((n): n is XmlTree => 'el' in n);
    if (root?.el !== 'cpu') return fail('XML_ERROR', "XML error: XML does not contain expected 'cpu' element");
    const cpu = parseHostCpu(root);
    if (!cpu.ok) return cpu;
    cpus.push(cpu.value);
  }
  const base = archBaseline(cpus);
  if (!base.ok) return base;
  let cpu = base.value;
  if (flags & BASELINE_EXPAND_FEATURES) {
    if (X86.includes(cpus[0].arch)) cpu = x86ExpandFeatures(cpu);
    cpu = { ...cpu, features: [...cpu.features].sort(byName) };
  }
  return ok(formatGuestCpu(cpu));
}
