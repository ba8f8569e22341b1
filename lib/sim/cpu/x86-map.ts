import { PPC64_MODELS, PPC64_VENDORS, X86_FEATURES, X86_MODELS, X86_VENDORS } from './cpu-map.gen';
import { addData, dataOf, type X86Data } from './x86-data';

/** libvirt's x86 CPU map as virCPUx86LoadMap builds it: each model's data is the OR of its features'. */
export interface MapFeature {
  name: string;
  migratable: boolean;
  data: X86Data;
}
export interface MapModel {
  name: string;
  host: boolean;
  guest: boolean;
  vendor: string | null;
  data: X86Data;
  removed: readonly string[];
}

/** virCPUx86VendorToData: the 12-byte vendor string as CPUID leaf 0's ebx, edx, ecx (little-endian). */
function vendorData(s: string): X86Data {
  const word = (o: number) => [0, 1, 2, 3].reduce((w, i) => w | (s.charCodeAt(o + i) << (8 * i)), 0) >>> 0;
  return dataOf([[0, 0, 0, word(0), word(8), word(4)]]);
}

export interface X86Map {
  vendors: { name: string; data: X86Data }[];
  features: MapFeature[];
  models: MapModel[];
  feature: (name: string) => MapFeature | undefined;
  model: (name: string) => MapModel | undefined;
}

function build(): X86Map {
  const features = X86_FEATURES.map(([name, migratable, items]) => ({ name, migratable, data: dataOf(items) }));
  const index = new Map(features.map((f) => [f.name, f]));
  const models = X86_MODELS.map((m) => {
    const data: X86Data = new Map();
    for (const f of m.features) addData(data, index.get(f)!.data);
    return { name: m.name, host: m.host, guest: m.guest, vendor: m.vendor, data, removed: m.removed };
  });
  return {
    vendors: X86_VENDORS.map(([name, string]) => ({ name, data: vendorData(string) })),
    features,
    models,
    feature: (name) => index.get(name),
    model: (name) => models.find((m) => m.name === name),
  };
}

let built: X86Map | undefined;
/** virCPUx86GetMap: built on first use (cpu-models needs only the names, which the start-up path loads). */
export const x86Map = (): X86Map => (built ??= build());

export const x86ModelNames = X86_MODELS.map((m) => m.name);
export const ppc64ModelNames = PPC64_MODELS.map(([name]) => name);
export const ppc64Model = (name: string) => PPC64_MODELS.find(([n]) => n === name);
export const ppc64Vendor = (name: string) => PPC64_VENDORS.includes(name);
