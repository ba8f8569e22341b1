import { escapeXml } from '../../../sim/xml/escape';

/**
 * The XML virsh builds for attach-disk and attach-interface (virXMLFormatElement: an element
 * without attributes or children is left out; children indented by two spaces).
 */
export const attr = (name: string, value: string | undefined) =>
  value === undefined ? '' : ` ${name}='${escapeXml(value)}'`;

export function element(name: string, attrs: string, children: readonly string[] = []): string[] {
  if (!attrs && children.length === 0) return [];
  if (children.length === 0) return [`<${name}${attrs}/>`];
  return [`<${name}${attrs}>`, ...children.map((l) => `  ${l}`), `</${name}>`];
}

const UINT_MAX = 0xffffffffn;
const ULLONG_MAX = 0xffffffffffffffffn;

/** virStrToLong_uip / _ullp from `s[i]`: strtoul's leading blanks and `+`, no `-`, within `max`. */
function strtoul(s: string, i: number, base: 10 | 16, max: bigint): { value: bigint; end: number } | null {
  const re = base === 16 ? /^[ \t\n\v\f\r]*\+?(?:0[xX](?=[0-9a-fA-F]))?([0-9a-fA-F]+)/ : /^[ \t\n\v\f\r]*\+?([0-9]+)/;
  const m = re.exec(s.slice(i));
  if (!m) return null;
  const value = BigInt(base === 16 ? `0x${m[1]}` : m[1]);
  return value > max ? null : { value, end: i + m[0].length };
}

/** Reads fields after the type, each after one separator of any kind (virshAddressParse's `++a`). */
function fields(s: string, spec: readonly (readonly [10 | 16, bigint])[]): bigint[] | null {
  const out: bigint[] = [];
  let i = s.indexOf(':');
  for (const [base, max] of spec) {
    if (i >= s.length) return null;
    const r = strtoul(s, i + 1, base, max);
    if (!r) return null;
    out.push(r.value);
    i = r.end;
  }
  return out;
}

const hex = (n: bigint, w: number) => `0x${n.toString(16).padStart(w, '0')}`;

/** virshAddressParse + virshAddressFormat: `pci:D.B.S.F`, `ide|scsi|sata:C.B.U`, `ccw:C.S.D`, `usb:B.P`. */
export function parseAddress(text: string, multifunction: boolean): { kind: string; xml: string } | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const kind = text.slice(0, colon);
  if (kind === 'pci') {
    const f = fields(text, [
      [16, UINT_MAX],
      [16, UINT_MAX],
      [16, UINT_MAX],
      [16, UINT_MAX],
    ]);
    if (!f) return null;
    const multi = multifunction ? " multifunction='on'" : '';
    return {
      kind,
      xml: `<address type='pci' domain='${hex(f[0], 4)}' bus='${hex(f[1], 2)}' slot='${hex(f[2], 2)}' function='${hex(f[3], 1)}'${multi}/>`,
    };
  }
  if (kind === 'ide' || kind === 'scsi' || kind === 'sata') {
    const f = fields(text, [
      [10, UINT_MAX],
      [10, UINT_MAX],
      [10, ULLONG_MAX],
    ]);
    return f && { kind, xml: `<address type='drive' controller='${f[0]}' bus='${f[1]}' unit='${f[2]}'/>` };
  }
  if (kind === 'ccw') {
    const f = fields(text, [
      [16, UINT_MAX],
      [16, UINT_MAX],
      [16, UINT_MAX],
    ]);
    return (
      f && { kind, xml: `<address type='ccw' cssid='${hex(f[0], 2)}' ssid='${hex(f[1], 1)}' devno='${hex(f[2], 4)}'/>` }
    );
  }
  if (kind === 'usb') {
    const f = fields(text, [
      [10, UINT_MAX],
      [10, UINT_MAX],
    ]);
    return f && { kind, xml: `<address type='usb' bus='${f[0]}' port='${f[1]}'/>` };
  }
  return null;
}
