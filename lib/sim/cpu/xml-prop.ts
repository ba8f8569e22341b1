import { fail, type Result } from '../result';
import type { XmlTree } from '../xml/xml-tree';

/**
 * libvirt's virXMLProp* readers (src/util/virxml.c) over an element's attribute, with their
 * messages: absent is fine unless required; a value must be a whole number in range (strtol's
 * leading blanks and sign), non-zero or non-negative when asked.
 */
export interface PropOpts {
  required?: boolean;
  nonzero?: boolean;
  nonnegative?: boolean;
}

const xmlError = (m: string) => fail('XML_ERROR', `XML error: ${m}`);
export const attrOf = (el: XmlTree, name: string) => el.attrs.find(([k]) => k === name)?.[1];

function missing(el: XmlTree, name: string, o: PropOpts): Result<undefined> | undefined {
  if (attrOf(el, name) !== undefined) return undefined;
  return o.required
    ? xmlError(`Missing required attribute '${name}' in element '${el.el}'`)
    : { ok: true, value: undefined };
}

/** virXMLPropUInt / virXMLPropULongLong (base 10): no minus sign, at most `max`. */
export function propUnsigned(el: XmlTree, name: string, o: PropOpts, max = 0xffffffffn): Result<bigint | undefined> {
  const m = missing(el, name, o);
  if (m) return m;
  const v = attrOf(el, name)!;
  const n = /^[ \t\n\v\f\r]*\+?(\d+)$/.exec(v);
  if (!n || BigInt(n[1]) > max)
    return xmlError(
      `Invalid value for attribute '${name}' in element '${el.el}': '${v}'. Expected non-negative integer value`,
    );
  if (o.nonzero && BigInt(n[1]) === 0n)
    return xmlError(`Invalid value for attribute '${name}' in element '${el.el}': Zero is not permitted`);
  return { ok: true, value: BigInt(n[1]) };
}

/** virXMLPropInt (base 10). */
export function propInt(el: XmlTree, name: string, o: PropOpts): Result<number | undefined> {
  const m = missing(el, name, o);
  if (m) return m;
  const v = attrOf(el, name)!;
  const n = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(v);
  const bad = (why: string) => xmlError(`Invalid value for attribute '${name}' in element '${el.el}': ${why}`);
  if (!n || Math.abs(Number(n[1])) > 2 ** 31 || Number(n[1]) === 2 ** 31) return bad(`'${v}'. Expected integer value`);
  const value = Number(n[1]);
  if (o.nonnegative && value < 0) return bad(`'${v}'. Expected non-negative value`);
  if (o.nonzero && value === 0) return bad('Zero is not permitted');
  return { ok: true, value };
}

/** virXMLPropEnum / virXMLPropTristate*: one of `values` (the first counts as zero when `nonzero`). */
export function propEnum(
  el: XmlTree,
  name: string,
  values: readonly string[],
  o: PropOpts,
): Result<string | undefined> {
  const m = missing(el, name, o);
  if (m) return m;
  const v = attrOf(el, name)!;
  const i = values.indexOf(v);
  if (i < 0 || (o.nonzero && i === 0))
    return xmlError(`Invalid value for attribute '${name}' in element '${el.el}': '${v}'.`);
  return { ok: true, value: v };
}
