import { domainStates } from '../../../sim/states';
import type { DomainState } from '../../../sim/types';
import { kib, parseFields } from './fields';

/** `virsh domstate --reason`: "paused (user)". */
export function parseDomstate(text: string): { state: DomainState; reason: string } | null {
  const m = /^(.+?) \((.+)\)$/.exec(text.trim());
  const state = domainStates.find((s) => s === m?.[1]);
  return m && state ? { state, reason: m[2] } : null;
}

export interface Dominfo {
  id: number | null;
  name: string;
  uuid: string;
  state: DomainState;
  vcpus: number;
  maxMemoryKiB: number;
  usedMemoryKiB: number;
  persistent: boolean;
  autostart: boolean;
  managedSave: boolean;
}

/** `virsh dominfo`: the facts the overview's row shows. Null when a line is missing or malformed. */
export function parseDominfo(text: string): Dominfo | null {
  const f = parseFields(text);
  const state = domainStates.find((s) => s === f.State);
  const maxMemoryKiB = kib(f['Max memory']);
  const usedMemoryKiB = kib(f['Used memory']);
  const vcpus = Number(f['CPU(s)']);
  if (!f.Name || !f.UUID || !state || maxMemoryKiB === null || usedMemoryKiB === null || !Number.isInteger(vcpus))
    return null;
  return {
    id: f.Id === '-' || f.Id === undefined ? null : Number(f.Id),
    name: f.Name,
    uuid: f.UUID,
    state,
    vcpus,
    maxMemoryKiB,
    usedMemoryKiB,
    persistent: f.Persistent === 'yes',
    autostart: f.Autostart === 'enable',
    managedSave: f['Managed save'] === 'yes',
  };
}

/** `virsh vcpucount`: "maximum config 2" … → the four counts (a shut-off domain has no live ones). */
export function parseVcpucount(
  text: string,
): Partial<Record<'maxConfig' | 'maxLive' | 'curConfig' | 'curLive', number>> {
  const out: Partial<Record<'maxConfig' | 'maxLive' | 'curConfig' | 'curLive', number>> = {};
  for (const line of text.split('\n')) {
    const m = /^(maximum|current)\s+(config|live)\s+(\d+)$/.exec(line.trim());
    if (m) out[`${m[1] === 'maximum' ? 'max' : 'cur'}${m[2] === 'config' ? 'Config' : 'Live'}`] = Number(m[3]);
  }
  return out;
}
