import { parseCpuList } from '../../sim/cpulist';
import type { Disk, DomainDef, Interface } from '../../sim/types';
import { makeDef } from '../../sim/worlds/builders';
import type { CfgSetting, CfgValue } from './config-parse';

/**
 * A guest definition from config variables (xmdomain.cfg(5) / xl.cfg(5)): memory and maxmem in
 * MiB, vcpus/maxvcpus, builder="hvm" for full virtualization (else paravirtualized with a
 * kernel), disk = ['file:/img,xvda,w'], vif = ['mac=...,bridge=xenbr0'], on_* actions, cpus.
 */
export interface XenGuestConfig {
  def: DomainDef;
  hvm: boolean;
}

const str = (v: CfgValue | undefined) => (v === undefined ? undefined : Array.isArray(v) ? undefined : String(v));
const int = (v: CfgValue | undefined) => {
  const s = str(v);
  if (s === undefined || !/^\s*[+-]?\d+(\.\d*)?\s*$/.test(s)) return undefined;
  return Math.trunc(Number(s));
};
const list = (v: CfgValue | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)];

/** `file:/var/lib/xen/images/x.img,xvda,w` → a disk (phy: is a block device; ioemu:/tap: prefixes dropped). */
function disk(spec: string, hvm: boolean): Disk | null {
  const [target0, vdev = '', mode = 'w'] = spec.split(',').map((s) => s.trim());
  if (!target0 || !vdev) return null;
  const m = /^(file|phy|tap:aio|tap:qcow2|tap|aio):(.*)$/.exec(target0);
  const source = m ? m[2] : target0;
  const [dev, kind] = vdev.replace(/^ioemu:/, '').split(':');
  return {
    type: m?.[1] === 'phy' ? 'block' : 'file',
    device: kind === 'cdrom' ? 'cdrom' : 'disk',
    source,
    target: dev,
    bus: hvm && !dev.startsWith('xvd') ? 'ide' : 'xen',
    readonly: mode === 'r' ? true : undefined,
  };
}

/** A vif spec `mac=00:16:3e:..,bridge=xenbr0`; without a MAC, Xen's OUI 00:16:3e and a stable tail. */
function vif(spec: string, name: string, index: number): Interface {
  const kv = Object.fromEntries(
    spec
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => {
        const eq = p.indexOf('=');
        return eq < 0 ? [p, ''] : [p.slice(0, eq).trim(), p.slice(eq + 1).trim()];
      }),
  );
  let h = index + 1;
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const tail = [h >>> 16, h >>> 8, h].map((b) => (b & 0x7f).toString(16).padStart(2, '0')).join(':');
  return { type: 'bridge', source: kv.bridge || 'xenbr0', mac: kv.mac || `00:16:3e:${tail}`, model: kv.model };
}

export function guestFromConfig(
  vars: Record<string, CfgSetting>,
  defaults: { name?: string; nrCpus: number },
): XenGuestConfig {
  const v = (k: string) => vars[k]?.value;
  const hvm = str(v('builder')) === 'hvm';
  const name = str(v('name')) ?? defaults.name ?? '';
  const memory = int(v('memory')) ?? 128;
  const maxmem = Math.max(int(v('maxmem')) ?? memory, memory);
  const maxvcpus = int(v('maxvcpus'));
  const vcpus = int(v('vcpus')) ?? maxvcpus ?? 1;
  const vcpuMax = Math.max(maxvcpus ?? vcpus, vcpus);
  const cpus = str(v('cpus'));
  const pinned = cpus ? parseCpuList(cpus, defaults.nrCpus) : null;
  const vcpupin: Record<number, number[]> = {};
  if (pinned?.ok) for (let i = 0; i < vcpuMax; i++) vcpupin[i] = pinned.value;
  const def = makeDef(name, str(v('uuid')) ?? '', {
    type: 'xen',
    osType: hvm ? 'hvm' : 'linux',
    arch: 'x86_64',
    memoryKiB: maxmem * 1024,
    currentMemoryKiB: memory * 1024,
    vcpuMax,
    vcpus,
    vcpupin,
    kernel: hvm ? undefined : str(v('kernel')),
    onPoweroff: str(v('on_poweroff')) ?? 'destroy',
    onReboot: str(v('on_reboot')) ?? 'restart',
    onCrash: str(v('on_crash')) ?? 'restart',
    disks: list(v('disk'))
      .map((d) => disk(d, hvm))
      .filter((d): d is Disk => d !== null),
    interfaces: list(v('vif')).map((s, i) => vif(s, name, i)),
    // `acpi = 0` (xl.cfg, xm's HVM image settings): the guest has no ACPI power button.
    ...(hvm && int(v('acpi')) === 0 ? { acpi: false as const } : {}),
  });
  return { def, hvm };
}

/** `key=value` words after the file name (xm create vars, xl create overrides) as settings. */
export function commandLineVars(words: string[]): Record<string, CfgSetting> {
  const out: Record<string, CfgSetting> = {};
  for (const w of words) {
    const eq = w.indexOf('=');
    if (eq > 0) out[w.slice(0, eq).trim()] = { value: w.slice(eq + 1).trim(), line: 0 };
  }
  return out;
}
