import { domainName } from '../../../sim/world';
import type { CmdCtx } from '../context';
import {
  parseInt32,
  parseLongLong,
  parseScaled,
  parseTimeout,
  parseUInt,
  parseULongLong,
  parseULWrap,
} from '../numbers';
import { virshCommandSpec } from '../options';
import { readXmlFile } from './define';
import { testLookup } from './test-objects';
import { type Refusal, testDriverRefusals } from './unsupported-data';
import { domainRefusals } from './unsupported-domain-data';
import { guestRefusals } from './unsupported-guest-data';
import type { VirshCommand } from './types';
import { xpathReadable } from './xml-output';

/**
 * Commands whose libvirt API the test driver does not implement (src/test/test_driver.c has no
 * entry for it): virsh does what it does before the call — looks up the domain or object, reads
 * its numbers and files — and the call fails with "this function is not supported by the
 * connection driver: virXxx", after virsh's own line when it prints one. The table
 * (unsupported-data.ts) was written from real virsh 9.0's answers; conformance/scenarios/unsupported.ts
 * replays them. On the lab's QEMU and Xen hosts these APIs exist, and VirtLab does not model them.
 */
const fill = (c: CmdCtx, text: string, name?: string) =>
  text.replace(/\{(\w[\w-]*)\}/g, (_, k: string) => (k === 'name' ? (name ?? '') : (c.str(k) ?? '')));

/** virshBlockJobOptionBandwidth: a plain number (any sign, as strtoul), else a scaled size in MiB. */
export function parseBandwidth(v: string) {
  // A plain number that does not fit is read again as a scaled one, whose message virsh prints.
  const plain = /^[ \t\n]*[+-]?\d+$/.test(v) ? parseULWrap(v, '--bandwidth') : undefined;
  return plain?.ok ? plain : parseScaled(v, '--bandwidth', 1048576);
}

/** A number virsh refused: its own line, then the libvirt error virScaleInteger left behind. */
export function numberRefused(c: CmdCtx, p: { error: string; libvirtError?: string; msgid?: string }) {
  c.error(p.error, p.msgid);
  if (p.libvirtError) c.libvirtError({ code: 'INVALID_ARG', message: p.libvirtError });
}

function numbersOk(c: CmdCtx, r: Refusal): boolean {
  for (const [opt, kind, label = opt] of r.numbers ?? []) {
    const v = c.str(opt);
    if (v === undefined) continue;
    const p =
      kind === 'int'
        ? parseInt32(v, label)
        : kind === 'uint'
          ? parseUInt(v, label)
          : kind === 'bandwidth'
            ? parseBandwidth(v)
            : kind === 'ullong'
              ? parseULongLong(v, label)
              : kind === 'llong'
                ? parseLongLong(v, label)
                : kind === 'ulwrap'
                  ? parseULWrap(v, label)
                  : kind === 'timeout'
                    ? parseTimeout(v)
                    : kind === 'pagesize'
                      ? parseScaled(v, label, 1024, 4294967295n * 1024n)
                      : parseScaled(v, label, kind === 'scaled' ? 1 : 1024);
    if (!p.ok) {
      numberRefused(c, p);
      return false;
    }
  }
  return true;
}

/** virsh's VSH_EXCLUSIVE_OPTIONS_VAR(persistent, current), (current, live), (current, config). */
function currentPairs(c: CmdCtx): [string, string][] {
  const has = new Set(virshCommandSpec(c.name)?.options.map((o) => o.name));
  if (!has.has('current')) return [];
  const pairs: [string, string][] = [
    ['persistent', 'current'],
    ['current', 'live'],
    ['current', 'config'],
  ];
  return pairs.filter(([a, b]) => has.has(a) && has.has(b));
}

/** vshCommandOptStringReq: an option given as "" is refused when the command reads it. */
function stringsOk(c: CmdCtx, names: readonly string[] = []): boolean {
  const empty = names.find((n) => c.str(n) === '');
  if (empty === undefined) return true;
  c.error(`Failed to get option '${empty}': Option argument is empty`);
  return false;
}

function refuse(c: CmdCtx, r: Refusal): boolean {
  if (c.host().driver !== 'test') {
    c.error(`command '${c.name}' is not simulated by VirtLab`);
    return false;
  }
  if (!stringsOk(c, r.stringsFirst)) return false;
  if (r.pre && !r.pre(c)) return false;
  if (r.numbersFirst && !numbersOk(c, r)) return false;
  if (r.afterNumbers && !r.afterNumbers(c)) return false;
  let name: string | undefined;
  if (r.domain) {
    const d = c.domain(r.domain === true ? 'domain' : r.domain);
    if (!d) return false;
    name = domainName(d);
  }
  if (r.object) {
    const o = testLookup(c, r.object);
    if (!o) return false;
    name = o;
  }
  // The *-dumpxml commands read --xpath quietly after the lookup: "" fails without a message.
  if (!xpathReadable(c)) return false;
  if (!stringsOk(c, r.strings)) return false;
  if (!r.numbersFirst && !numbersOk(c, r)) return false;
  if (r.check && !r.check(c)) return false;
  // Each file is read as vshCommandOptStringReq gives it (an empty name refused), then opened.
  for (const opt of [...(r.file ? [r.file] : []), ...(r.files ?? [])]) {
    const file = c.str(opt);
    if (!stringsOk(c, [opt])) return false;
    if (file !== undefined && readXmlFile(c, file) === undefined) return false;
  }
  if (r.done?.(c)) return true;
  const api = typeof r.api === 'string' ? r.api : r.api(c);
  const fail = r.fail === undefined ? undefined : fill(c, typeof r.fail === 'string' ? r.fail : r.fail(c), name);
  const ro = typeof r.readonly === 'function' ? r.readonly(c) : r.readonly;
  if (ro && c.s.readonly) {
    if (fail) c.error(fail);
    c.libvirtError({ code: 'OPERATION_DENIED', message: `operation forbidden: read only access prevents ${api}` });
    return false;
  }
  if (fail) c.error(fail);
  c.libvirtError({ code: 'NO_SUPPORT', message: `this function is not supported by the connection driver: ${api}` });
  return false;
}

/** VSH_EXCLUSIVE_OPTIONS come first, before any option is read (so before an empty --file). */
function exclusivesOk(c: CmdCtx, r: Refusal): boolean {
  if (c.host().driver !== 'test') return true;
  if (r.requiresFirst && !c.requires(...r.requiresFirst)) return false;
  return [...(r.exclusiveFirst ?? []), ...currentPairs(c), ...(r.exclusive ?? [])].every(([a, b]) => c.exclusive(a, b));
}

/** Every refusal row: the first table and the domain/host families' (unsupported-domain-data.ts). */
export const allRefusals: readonly Refusal[] = [...testDriverRefusals, ...domainRefusals, ...guestRefusals];

export const unsupportedCommands: VirshCommand[] = allRefusals.map((r) => ({
  name: r.name,
  readOnly: true,
  before: (c) => exclusivesOk(c, r),
  run: (c) => refuse(c, r),
}));
