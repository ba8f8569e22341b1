/** A CPUID leaf's bits: [eax_in, ecx_in, eax, ebx, ecx, edx]; or an MSR's: ['msr', index, eax, edx]. */
export type X86Item =
  | readonly [number, number, number, number, number, number]
  | readonly ['msr', number, number, number];

/** A feature of libvirt's x86 CPU map: name, migratable (a migration blocker when false), its bits. */
export type X86Feature = readonly [string, boolean, readonly X86Item[]];

/** An x86 model: which definitions x86Decode may name it for, its vendor, features and removed features. */
export interface X86Model {
  name: string;
  host: boolean;
  guest: boolean;
  vendor: string | null;
  features: readonly string[];
  removed: readonly string[];
}
