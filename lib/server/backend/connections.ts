import { virshFor } from '../virsh/connect';
import type { VirshRunner } from '../virsh/types';
import type { Driver } from '@/lib/sim/types';

/** One libvirt connection the server serves as a host. */
export interface Connection {
  /** The host's name in the API's paths: the URI's host part, else its driver ("test", "qemu"). */
  name: string;
  uri: string;
  driver: Driver;
  /** `virsh -r`: libvirt refuses every change; the buttons say so before. */
  readonly: boolean;
  virsh: VirshRunner;
}

/** The driver a URI names: `qemu+ssh://…` is qemu, `test:///default` test, `xen://…` xen. */
export function driverOf(uri: string): Driver {
  const scheme = /^([a-z0-9]+)/i.exec(uri)?.[1]?.toLowerCase() ?? '';
  return scheme === 'test' ? 'test' : scheme === 'xen' || scheme === 'libxl' ? 'xen' : 'qemu';
}

/** Host names, unique: kvm1 for qemu+ssh://kvm1.lab/system, test for test:///default, then test-2… */
export function hostNames(uris: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return uris.map((uri) => {
    const authority = /^[^:]+:\/\/(?:[^@/]*@)?([^/:?]*)/.exec(uri)?.[1] ?? '';
    const base = (authority.split('.')[0] || driverOf(uri)).toLowerCase();
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** VIRTLAB_LIBVIRT_URI's list (comma-separated); empty when the mock lab is the backend. */
export const libvirtUris = (env: Record<string, string | undefined> = process.env): string[] =>
  (env.VIRTLAB_LIBVIRT_URI ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);

export interface BackendOptions {
  uris: readonly string[];
  readonly?: boolean;
  timeoutMs?: number;
  binary?: string;
}

export function openConnections(o: BackendOptions): Connection[] {
  const names = hostNames(o.uris);
  return o.uris.map((uri, i) => ({
    name: names[i],
    uri,
    driver: driverOf(uri),
    readonly: !!o.readonly,
    virsh: virshFor({ uri, readonly: o.readonly, timeoutMs: o.timeoutMs, binary: o.binary }),
  }));
}
