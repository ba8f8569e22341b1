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

export const x86Vendors = X86_VENDORS.map(([name, string]) => ({ name, data: vendorData(string) }));
export const x86Features: MapFeature[] = X86_FEATURES.map(([name, migratable, items]) => ({
  name,
  migratable,
  data: dataOf(items),
}));
const featureIndex = new Map(x86Features.map((f) => [f.name, f]));
export const x86Feature = (name: string) => featureIndex.get(name);

export const x86Models: MapModel[] = X86_MODELS.map((m) => {
  const data: X86Data = new Map();
  for (const f of m.features) addData(data, x86Feature(f)!.data);
  return { name: m.name, host: m.host, guest: m.guest, vendor: m.vendor, data, removed: m.removed };
});
export const x86Model = (name: string) => x86Models.find((m) => m.name === name);

export const x86ModelNames = X86_MODELS.map((m) => m.name);
export const ppc64ModelNames = PPC64_MODELS.map(([name]) => name);
export const ppc64Model = (name: string) => PPC64_MODELS.find(([n]) => n === name);
export const ppc64Vendor = (name: string) => PPC64_VENDORS.includes(name);
