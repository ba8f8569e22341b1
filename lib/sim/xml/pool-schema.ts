import { attr, attrsWithin, content, isElement, schemaFailure, textOf } from './relax-ng';
import type { XmlTree } from './xml-tree';

/**
 * What libxml2's Relax-NG validator says about a `<pool>` (pool-define/pool-create --validate:
 * virXMLParse with storagepool.rng), read off real virsh 9.0 as domain-schema.ts reads domain.rng.
 * The root is a choice of pool types keyed by the `type` attribute: libxml2 follows the branch the
 * type names (an unknown or missing type is "failed to validate content" alone), an interleave of
 * groups — commonmetadata and sizing nested one interleave deeper (so their failures add an
 * "Invalid sequence" line), features, source and target directly. It sorts the children into the
 * groups, stopping at the first child no group takes; validates the groups in the schema's order —
 * a required element missing is "Expecting an element X, got nothing", an optional one doubled or
 * failing inside is "Extra element X in interleave", a required one failing inside passes its own
 * lines up —; then reports what the sorting stopped at, then a root attribute it does not allow.
 *
 * Faithful for the types dir, fs, netfs, logical and disk: the root, the groups, and the inside of
 * <name>, <uuid>, <capacity>/<allocation>/<available>, <features> and <target> (its <path> and
 * what else it holds; <permissions> is not looked into), and a dir pool's <source>. The inside of
 * the other types' <source> and the other types (iscsi, scsi, mpath, rbd, …) are taken as valid.
 */

const SIZING = ['capacity', 'allocation', 'available'];
/** Each modelled type's direct groups after the nested ones: which are required. */
const TYPES: Record<string, { name: boolean; source: boolean }> = {
  dir: { name: true, source: false },
  fs: { name: true, source: true },
  netfs: { name: true, source: true },
  logical: { name: false, source: true },
  disk: { name: true, source: true },
};
const OTHER_TYPES = ['iscsi', 'iscsi-direct', 'scsi', 'mpath', 'rbd', 'sheepdog', 'gluster', 'zfs', 'vstorage'];
const GROUPS = ['name', 'uuid', ...SIZING, 'features', 'source', 'target'];

const whole = (re: RegExp) => (s: string) => re.test(s);
const OBJECT_NAME = whole(/^[^/\n]+$/);
const UUID = whole(/^(?:[a-fA-F0-9]{32}|[a-fA-F0-9]{8}-(?:[a-fA-F0-9]{4}-){3}[a-fA-F0-9]{12})$/);
const ABS_FILE = whole(/^(\/|[a-zA-Z]:\\).+$/s);
/** basictypes.rng's unsignedLong: the pattern [0-9]+ on the value as written. */
const UNSIGNED_LONG = whole(/^[0-9]+$/);
const UNIT = whole(/^(?:[bB](?:[yY][tT][eE][sS]?)?|[kKmMgGtTpPeE](?:[iI]?[bB])?)$/);
const noElements = (el: XmlTree) => content(el).every((k) => !isElement(k));

/**
 * A `<data>` element: child elements, then the value by its datatype, then an attribute (which alone
 * is reported without the element's own failure line); none when it validates.
 */
function stringData(el: XmlTree, valid: (s: string) => boolean): string[] | undefined {
  if (!noElements(el))
    return [`Datatype element ${el.el} has child elements`, `Element ${el.el} failed to validate content`];
  if (!valid(textOf(el))) return ['Error validating datatype string', `Element ${el.el} failed to validate content`];
  return el.attrs.length ? [`Invalid attribute ${el.attrs[0][0]} for element ${el.el}`] : undefined;
}

/** An optional group's element is valid or not (its own lines are dropped by the <optional>). */
function optionalValid(el: XmlTree, type: string): boolean {
  switch (el.el) {
    case 'uuid':
      return el.attrs.length === 0 && noElements(el) && UUID(textOf(el));
    case 'capacity':
    case 'allocation':
    case 'available': {
      const unit = attr(el, 'unit');
      return (
        attrsWithin(el, ['unit']) && (unit === undefined || UNIT(unit)) && noElements(el) && UNSIGNED_LONG(textOf(el))
      );
    }
    case 'features':
      return (
        el.attrs.length === 0 &&
        content(el).every(
          (k) =>
            isElement(k) &&
            k.el === 'cow' &&
            attrsWithin(k, ['state']) &&
            ['yes', 'no'].includes(attr(k, 'state') ?? '') &&
            content(k).length === 0,
        ) &&
        content(el).length <= 1
      );
    case 'source':
      // A dir pool's <source> is empty (vendor/product aside); the others' are not looked into.
      return (
        type !== 'dir' ||
        (el.attrs.length === 0 && content(el).every((k) => isElement(k) && ['vendor', 'product'].includes(k.el)))
      );
    default:
      return true;
  }
}

/** <target>: an interleave of <path> (optional for logical) and the optional <permissions>. */
function targetLines(el: XmlTree, type: string): string[] | undefined {
  const inner = ['Invalid sequence in interleave', 'Element target failed to validate content'];
  const kids = content(el);
  const stop = kids.findIndex((k) => !isElement(k) || !['path', 'permissions'].includes(k.el));
  const sorted = (stop < 0 ? kids : kids.slice(0, stop)).filter(isElement);
  const paths = sorted.filter((k) => k.el === 'path');
  if (paths.length === 0 && type !== 'logical') return ['Expecting an element path, got nothing', ...inner];
  if (paths.length > 1) return ['Extra element path in interleave', 'Element target failed to validate content'];
  const bad = paths[0] && stringData(paths[0], ABS_FILE);
  if (bad) return [...bad, ...inner];
  if (sorted.filter((k) => k.el === 'permissions').length > 1)
    return ['Extra element permissions in interleave', 'Element target failed to validate content'];
  if (stop >= 0) {
    const extra = kids[stop];
    return [`Element target has extra content: ${isElement(extra) ? extra.el : 'text'}`];
  }
  return el.attrs.length ? [`Invalid attribute ${el.attrs[0][0]} for element target`] : undefined;
}

const failed = (lines: string[]) => [...lines, 'Element pool failed to validate content'];
const nested = (name: string) => name === 'name' || name === 'uuid' || SIZING.includes(name);

function relaxNgErrors(root: XmlTree): string[] | undefined {
  // storagepool.rng's elements are in no namespace.
  if (attr(root, 'xmlns')) return ['Expecting no namespace for element pool'];
  const type = attr(root, 'type');
  if (type === undefined || OTHER_TYPES.includes(type)) return type === undefined ? failed([]) : undefined;
  const rules = TYPES[type];
  if (!rules) return failed([]);
  const kids = content(root);
  const stop = kids.findIndex((k) => !isElement(k) || !GROUPS.includes(k.el));
  const sorted = stop < 0 ? kids : kids.slice(0, stop);
  for (const name of GROUPS) {
    const mine = sorted.filter((k): k is XmlTree => isElement(k) && k.el === name);
    const seq = nested(name) ? ['Invalid sequence in interleave'] : [];
    const required = name === 'target' || (name === 'name' && rules.name) || (name === 'source' && rules.source);
    if (required && mine.length === 0)
      return failed([`Expecting an element ${name}, got nothing`, 'Invalid sequence in interleave']);
    if (mine.length > 1) return failed([`Extra element ${name} in interleave`, ...seq]);
    const el = mine[0];
    if (!el) continue;
    if (name === 'name') {
      const bad = stringData(el, OBJECT_NAME);
      if (bad)
        return failed(
          rules.name ? [...bad, 'Invalid sequence in interleave'] : [`Extra element name in interleave`, ...seq],
        );
    } else if (name === 'target') {
      const bad = targetLines(el, type);
      if (bad) return failed([...bad, 'Invalid sequence in interleave']);
    } else if (!optionalValid(el, type)) {
      // A required <source> failing inside is not modelled (the inside of those is taken as valid).
      return failed([`Extra element ${name} in interleave`, ...seq]);
    }
  }
  if (stop >= 0) {
    const extra = kids[stop];
    return [`Element pool has extra content: ${isElement(extra) ? extra.el : 'text'}`];
  }
  const bad = root.attrs.find(([k]) => !['type', 'xmlns'].includes(k) && !k.startsWith('xmlns:'));
  return bad ? [`Invalid attribute ${bad[0]} for element pool`] : undefined;
}

/** virXMLValidateAgainstSchema's message for a well-formed `<pool>`, or undefined when it validates. */
export const poolSchemaError = (xml: string) => schemaFailure(xml, 'pool', relaxNgErrors, 'storagepool');
