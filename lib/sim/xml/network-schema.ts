import { attr, attrsWithin, type Check, content, isElement, schemaFailure, textOnly, token } from './relax-ng';
import type { XmlTree } from './xml-tree';

/**
 * What libxml2's Relax-NG validator says about a `<network>` (net-define/net-create --validate:
 * virXMLParse with network.rng), read off real virsh 9.0 and libxml2's xmlRelaxNGValidateInterleave as
 * moment-schema.ts reads the snapshot roots. network.rng's root is three optional attributes and one
 * `<interleave>` whose only required group is `<name>`. libxml2 sorts the children into the groups,
 * stopping at the first child no group takes; validates the groups in the schema's order — the name
 * group empty is "Expecting an element name, got nothing" + "Invalid sequence in interleave", a group
 * holding two elements, or one failing inside, "Extra element X in interleave" —, then reports what the
 * sorting stopped at as extra content, and only then an attribute the root does not allow.
 *
 * Faithful for what it checks: the root's attributes, the groups, and the inside of <name>, <uuid>,
 * <bridge>, <mac>, <forward>'s mode and <domain>'s attributes. The inside of the other groups (<ip>,
 * <dns>, <portgroup>, <bandwidth>, …) is taken as valid: the differential generator draws no document
 * broken there.
 */

/** XSD patterns match the whole value; a <data type="string"> keeps its blanks. */
const whole = (re: RegExp) => (s: string | undefined) => s !== undefined && re.test(s);
const UUID = whole(/^(?:[a-fA-F0-9]{32}|[a-fA-F0-9]{8}-(?:[a-fA-F0-9]{4}-){3}[a-fA-F0-9]{12})$/);
const DEVICE_NAME = whole(/^[a-zA-Z0-9_.\-\\:/]+$/);
const ZONE_NAME = whole(/^[a-zA-Z0-9_-]+$/);
const DNS_NAME = whole(/^[a-zA-Z0-9.-]+$/);
const UNI_MAC = whole(/^[a-fA-F0-9][02468aAcCeE](?::[a-fA-F0-9]{2}){5}$/);
const UNSIGNED_INT = (s: string | undefined) =>
  s !== undefined && /^\s*\+?\d+\s*$/.test(s) && Number(s.trim()) <= 4294967295;
const UNSIGNED_LONG = (s: string | undefined) => s !== undefined && /^\s*\+?\d+\s*$/.test(s);
/** An optional attribute: absent, or a value the check accepts (values compare as tokens). */
const optional = (el: XmlTree, name: string, ok: (v: string) => boolean) => {
  const v = attr(el, name);
  return v === undefined || ok(v);
};
const oneOf = (values: string[]) => (v: string) => values.includes(token(v) ?? '');
const YES_NO = oneOf(['yes', 'no']);
const ON_OFF = oneOf(['on', 'off']);
const empty = (el: XmlTree) => content(el).length === 0;

const bridge: Check = (el) =>
  attrsWithin(el, ['name', 'zone', 'stp', 'delay', 'macTableManager']) &&
  optional(el, 'name', DEVICE_NAME) &&
  optional(el, 'zone', ZONE_NAME) &&
  optional(el, 'stp', ON_OFF) &&
  optional(el, 'delay', UNSIGNED_LONG) &&
  optional(el, 'macTableManager', oneOf(['kernel', 'libvirt'])) &&
  empty(el);

const mac: Check = (el) => attrsWithin(el, ['address']) && UNI_MAC(attr(el, 'address')) && empty(el);

const MODES = ['nat', 'route', 'open', 'bridge', 'passthrough', 'private', 'vepa', 'hostdev'];
/** <forward>: its mode by name (the children and the other attributes are taken as valid). */
const forward: Check = (el) => optional(el, 'mode', oneOf(MODES));

/**
 * A group's own lines before "Extra element": <domain>'s required name read by its pattern is "failed
 * to validate attributes", an undeclared attribute or a bad yes/no is "Invalid attribute" (read off virsh).
 */
type Said = (el: XmlTree) => string[];
const domainSaid: Said = (el) => {
  if (!DNS_NAME(attr(el, 'name'))) return ['Element domain failed to validate attributes'];
  const bad = el.attrs.find(([k, v]) => !(k === 'name' || (['localOnly', 'register'].includes(k) && YES_NO(v))));
  return bad ? [`Invalid attribute ${bad[0]} for element domain`] : [];
};
const domain: Check = (el) => domainSaid(el).length === 0;

const valid: Check = () => true;
/** network.rng's interleave, in its order: each group's element, whether it may repeat, its check. */
const GROUPS: [string, 'once' | 'many', Check][] = [
  // <element name="name"><text/>: an attribute on it is reported, and the group still passes.
  ['name', 'once', (el) => content(el).every((k) => !isElement(k))],
  ['metadata', 'once', valid],
  ['uuid', 'once', textOnly(UUID)],
  ['bridge', 'once', bridge],
  ['mtu', 'once', valid],
  ['mac', 'once', mac],
  ['forward', 'once', forward],
  ['virtualport', 'once', valid],
  ['portgroup', 'many', valid],
  ['domain', 'once', domain],
  ['dns', 'once', valid],
  ['bandwidth', 'once', valid],
  ['vlan', 'once', valid],
  ['port', 'once', valid],
  ['ip', 'many', valid],
  ['route', 'many', valid],
  ['dnsmasq:options', 'once', valid],
];
const ROOT_ATTRS: Record<string, (v: string) => boolean> = {
  connections: UNSIGNED_INT,
  ipv6: YES_NO,
  trustGuestRxFilters: YES_NO,
};
const failed = (lines: string[]) => [...lines, 'Element network failed to validate content'];

function relaxNgErrors(root: XmlTree): string[] {
  const kids = content(root);
  const stop = kids.findIndex((k) => !isElement(k) || !GROUPS.some(([name]) => name === k.el));
  const sorted = stop < 0 ? kids : kids.slice(0, stop);
  const said: string[] = [];
  for (const [name, times, check] of GROUPS) {
    const mine = sorted.filter((k): k is XmlTree => isElement(k) && k.el === name);
    if (name === 'name' && mine.length === 0)
      return failed([...said, 'Expecting an element name, got nothing', 'Invalid sequence in interleave']);
    if (name === 'name' && mine.length === 1 && mine[0].attrs.length)
      said.push(`Invalid attribute ${mine[0].attrs[0][0]} for element name`);
    if (times === 'once' && mine.length > 1) return failed([...said, `Extra element ${name} in interleave`]);
    const bad = mine.find((el) => !check(el));
    if (bad)
      return failed([...said, ...(name === 'domain' ? domainSaid(bad) : []), `Extra element ${name} in interleave`]);
  }
  if (stop >= 0) {
    const extra = kids[stop];
    return [...said, `Element network has extra content: ${isElement(extra) ? extra.el : 'text'}`];
  }
  const bad = root.attrs.find(([k, v]) => !(k === 'xmlns' || k.startsWith('xmlns:')) && !ROOT_ATTRS[k]?.(v));
  return bad ? [...said, `Invalid attribute ${bad[0]} for element network`] : said;
}

/** virXMLValidateAgainstSchema's message for a well-formed `<network>`, or undefined when it validates. */
export const networkSchemaError = (xml: string) => schemaFailure(xml, 'network', relaxNgErrors);
