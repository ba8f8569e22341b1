import { configUnsupported, fail, ok, type Result } from '../result';
import type { XmlTree, XmlTreeNode } from '../xml/xml-tree';
import { ARCHES } from './arches';
import { attrOf, propEnum, propInt, propUnsigned } from './xml-prop';

/** A host CPU definition (virCPUDef of type VIR_CPU_TYPE_HOST), as far as baseline reads it. */
export interface HostCpu {
  arch: string;
  model: string;
  vendor: string | null;
  features: string[];
}

const xmlError = (m: string) => fail('XML_ERROR', `XML error: ${m}`);
const elements = (el: XmlTree, name: string) => el.kids.filter((k): k is XmlTree => 'el' in k && k.el === name);

/** XPath string(): the text of every descendant. */
const stringValue = (n: XmlTreeNode): string =>
  'text' in n ? n.text : 'comment' in n ? '' : n.kids.map(stringValue).join('');

/** virXPathString("string(./name[1])"): undefined for an absent element and for an empty string. */
const childString = (el: XmlTree, name: string) => {
  const first = elements(el, name)[0];
  const s = first && stringValue(first);
  return s ? s : undefined;
};

/** Runs libvirt's attribute checks in order; the first failure wins. */
function firstError(checks: (() => Result<unknown>)[]): Result<never> | undefined {
  for (const check of checks) {
    const r = check();
    if (!r.ok) return r;
  }
  return undefined;
}

/** The optional elements virCPUDefParseXML reads for a host CPU between arch and features. */
function hostExtras(el: XmlTree): Result<never> | undefined {
  const micro = elements(el, 'microcode')[0];
  const version = micro && attrOf(micro, 'version');
  if (version !== undefined && !/^[ \t\n\v\f\r]*[+-]?\d+$/.test(version))
    return configUnsupported('invalid microcode version');
  const sig = elements(el, 'signature')[0];
  const counter = elements(el, 'counter').find((c) => attrOf(c, 'name') === 'tsc');
  return firstError([
    ...(sig
      ? [
          () => propUnsigned(sig, 'family', { required: true, nonzero: true }),
          () => propUnsigned(sig, 'model', { required: true }),
          () => propUnsigned(sig, 'stepping', { required: true }),
        ]
      : []),
    ...(counter
      ? [
          () => propUnsigned(counter, 'frequency', { required: true }, 0xffffffffffffffffn),
          () => propEnum(counter, 'scaling', ['default', 'yes', 'no'], { nonzero: true }),
        ]
      : []),
  ]);
}

function topologyAndFeatures(el: XmlTree): Result<string[]> {
  const topo = elements(el, 'topology')[0];
  const bad = firstError(
    topo
      ? [
          () => propUnsigned(topo, 'sockets', { required: true, nonzero: true }),
          () => propUnsigned(topo, 'dies', { nonzero: true }),
          () => propUnsigned(topo, 'cores', { required: true, nonzero: true }),
          () => propUnsigned(topo, 'threads', { required: true, nonzero: true }),
        ]
      : [],
  );
  if (bad) return bad;
  const names: string[] = [];
  for (const f of elements(el, 'feature')) {
    const name = attrOf(f, 'name');
    if (!name) return xmlError('Invalid CPU feature name');
    if (names.includes(name)) return xmlError(`CPU feature '${name}' specified more than once`);
    names.push(name);
  }
  return ok(names);
}

function cacheAndAddress(el: XmlTree): Result<never> | undefined {
  const caches = elements(el, 'cache');
  if (caches.length > 1) return xmlError('at most one CPU cache element may be specified');
  const cache = caches[0];
  const addr = elements(el, 'maxphysaddr')[0];
  return firstError([
    ...(cache
      ? [
          () => {
            const level = propInt(cache, 'level', { nonnegative: true });
            if (level.ok && level.value !== undefined && (level.value < 1 || level.value > 3))
              return xmlError('invalid CPU cache level, must be in range [1,3]');
            return level;
          },
          () => propEnum(cache, 'mode', ['emulate', 'passthrough', 'disable'], { required: true }),
        ]
      : []),
    ...(addr
      ? [
          () => propEnum(addr, 'mode', ['emulate', 'passthrough'], { required: true }),
          () => propInt(addr, 'bits', { nonnegative: true }),
        ]
      : []),
  ]);
}

/** virCPUDefParseXML for VIR_CPU_TYPE_HOST (what virConnectBaselineCPU parses), checks in its order. */
export function parseHostCpu(el: XmlTree): Result<HostCpu> {
  if (attrOf(el, 'mode') !== undefined) return configUnsupported('Attribute mode is only allowed for guest CPU');
  const migratable = propEnum(el, 'migratable', ['default', 'on', 'off'], { nonzero: true });
  if (!migratable.ok) return migratable;
  if (migratable.value !== undefined)
    return configUnsupported("Attribute migratable is only allowed for 'host-passthrough' / 'maximum' CPU mode");
  const arch = childString(el, 'arch');
  if (arch === undefined) return xmlError('Missing CPU architecture');
  if (!ARCHES.includes(arch) || arch === 'none') return configUnsupported(`Unknown architecture ${arch}`);
  const extras = hostExtras(el);
  if (extras) return extras;
  const model = childString(el, 'model');
  if (model === undefined) return xmlError('Missing CPU model name');
  const vendor = childString(el, 'vendor') ?? null;
  const features = topologyAndFeatures(el);
  if (!features.ok) return features;
  const rest = cacheAndAddress(el);
  if (rest) return rest;
  return ok({ arch, model, vendor, features: features.value });
}
