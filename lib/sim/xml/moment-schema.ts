import {
  attr,
  attrsWithin,
  type Check,
  content,
  isElement,
  schemaFailure,
  textOnly,
  token,
  UNSIGNED_LONG,
} from './relax-ng';
import type { XmlTree } from './xml-tree';

/**
 * What libxml2's Relax-NG validator says about a `<domainsnapshot>` or `<domaincheckpoint>` document
 * (virXMLValidateAgainstSchema, domainsnapshot.rng / domaincheckpoint.rng). Both roots hold one
 * `<interleave>` of optional elements, and libxml2 reports it in a fixed order: an attribute on the
 * root first; then it sorts the children into the interleave's groups, stopping at the first child
 * no group takes (an unknown element, text); it validates the groups in the schema's order, the
 * first one failing being "Extra element X in interleave" (the element's own errors are dropped by
 * the <optional> around it); and last, what the sorting stopped at is "extra content".
 */

const valueIn = (values: string[]) => textOnly((s) => values.includes(token(s) ?? ''));

/** basictypes.rng's absFilePath and domaincommon.rng's diskTargetDev (XSD patterns match the whole value). */
const ABS_FILE = /^(\/|[a-zA-Z]:\\)[^\n\r]+$/;
const DISK_NAME = (s: string | undefined) =>
  s !== undefined && (/^(ioemu:)?(fd|hd|sd|vd|xvd|ubd)[a-zA-Z0-9_]+$/.test(s) || ABS_FILE.test(s));
const CHECKPOINT_NAME = (s: string) => /^[a-zA-Z0-9_-][a-zA-Z0-9_.-]*$/.test(s);

/** The children of a group's element, each one of `names` and valid by its check. */
const eachChild = (el: XmlTree, checks: Record<string, Check>) =>
  content(el).every((k) => isElement(k) && checks[k.el] !== undefined && checks[k.el](k));

/** <memory>: snapshot='no'|'internal' alone, or a file with an optional snapshot='external'; empty. */
const memory: Check = (el) => {
  if (!attrsWithin(el, ['snapshot', 'file']) || content(el).length) return false;
  const mode = token(attr(el, 'snapshot'));
  if (mode === 'no' || mode === 'internal') return attr(el, 'file') === undefined;
  return (mode === undefined || mode === 'external') && ABS_FILE.test(attr(el, 'file') ?? '');
};

/** disksnapshotdriver: a backing format and a metadata cache. */
const driver: Check = (el) =>
  attrsWithin(el, ['type']) &&
  ['cow', 'qcow', 'qcow2', 'qed', 'vmdk', undefined].includes(token(attr(el, 'type'))) &&
  eachChild(el, { metadata_cache: () => true });

/** A snapshot disk's <source>: a file or (type='block') a device, startupPolicy/index, seclabels and the like. */
const source =
  (key: 'file' | 'dev'): Check =>
  (el) => {
    const path = attr(el, key);
    const policy = token(attr(el, 'startupPolicy'));
    return (
      attrsWithin(el, [key, 'index', ...(key === 'file' ? ['startupPolicy'] : [])]) &&
      (key === 'file' ? path === undefined || ABS_FILE.test(path) : ABS_FILE.test(path ?? '')) &&
      (policy === undefined || ['mandatory', 'requisite', 'optional'].includes(policy)) &&
      eachChild(el, { seclabel: () => true, slices: () => true, encryption: () => true })
    );
  };

/** disksnapshot: a name, then snapshot='no'|'internal'|'manual' alone or an external file/block snapshot. */
const snapshotDisk: Check = (el) => {
  if (!DISK_NAME(attr(el, 'name'))) return false;
  const mode = token(attr(el, 'snapshot'));
  if (mode === 'no' || mode === 'internal' || mode === 'manual')
    return attrsWithin(el, ['name', 'snapshot']) && content(el).length === 0;
  if (mode !== undefined && mode !== 'external') return false;
  const type = token(attr(el, 'type'));
  // diskSourceNetwork (type='network') is not modelled: the lab's snapshots never read it.
  if (type === 'network') return true;
  if (type !== undefined && type !== 'file' && type !== 'block') return false;
  const once = (name: string) => content(el).filter((k) => isElement(k) && k.el === name).length <= 1;
  return (
    attrsWithin(el, ['name', 'snapshot', 'type']) &&
    once('source') &&
    once('driver') &&
    eachChild(el, { source: source(type === 'block' ? 'dev' : 'file'), driver })
  );
};

/** diskcheckpoint: a name, then checkpoint='no' alone or an optional 'bitmap' with a bitmap and a size. */
const checkpointDisk: Check = (el) => {
  if (!DISK_NAME(attr(el, 'name')) || content(el).length) return false;
  const mode = token(attr(el, 'checkpoint'));
  if (mode === 'no') return attrsWithin(el, ['name', 'checkpoint']);
  const size = attr(el, 'size');
  return (
    (mode === undefined || mode === 'bitmap') &&
    attrsWithin(el, ['name', 'checkpoint', 'bitmap', 'size']) &&
    (size === undefined || UNSIGNED_LONG(size))
  );
};

const parentWith =
  (name: Check): Check =>
  (el) => {
    const kids = content(el);
    return el.attrs.length === 0 && kids.length === 1 && isElement(kids[0]) && kids[0].el === 'name' && name(kids[0]);
  };

/** customElement: any elements, no text (the lab does not read a snapshot's cookie). */
const anyElements: Check = (el) => el.attrs.length === 0 && content(el).every(isElement);

/** The interleave's groups in the schema's order. <domain> (domain.rng) is not validated by the lab. */
const SNAPSHOT: [string, Check][] = [
  ['name', textOnly()],
  ['description', textOnly()],
  ['state', valueIn(['running', 'blocked', 'paused', 'shutdown', 'shutoff', 'crashed', 'disk-snapshot'])],
  ['creationTime', textOnly()],
  ['memory', memory],
  ['disks', (el) => el.attrs.length === 0 && eachChild(el, { disk: snapshotDisk })],
  ['active', valueIn(['0', '1'])],
  ['domain', () => true],
  ['inactiveDomain', () => true],
  ['parent', parentWith(textOnly())],
  ['cookie', anyElements],
];

const CHECKPOINT: [string, Check][] = [
  ['name', textOnly(CHECKPOINT_NAME)],
  ['description', textOnly()],
  ['creationTime', textOnly(UNSIGNED_LONG)],
  ['disks', (el) => el.attrs.length === 0 && content(el).length > 0 && eachChild(el, { disk: checkpointDisk })],
  ['domain', () => true],
  ['parent', parentWith(textOnly(CHECKPOINT_NAME))],
];

/** Each root's groups; its schema is named after it (domainsnapshot.rng, domaincheckpoint.rng). */
const SCHEMAS = {
  domainsnapshot: { groups: SNAPSHOT },
  domaincheckpoint: { groups: CHECKPOINT },
};

/** libxml2's lines for the document, or undefined when it validates. The root is checked by the caller. */
function relaxNgErrors(root: XmlTree, groups: [string, Check][]): string[] | undefined {
  const bad = root.attrs.find(([k]) => k !== 'xmlns');
  if (bad) return [`Invalid attribute ${bad[0]} for element ${root.el}`];
  const kids = content(root);
  const stop = kids.findIndex((k) => !isElement(k) || !groups.some(([name]) => name === k.el));
  const sorted = stop < 0 ? kids : kids.slice(0, stop);
  for (const [name, check] of groups) {
    const mine = sorted.filter((k): k is XmlTree => isElement(k) && k.el === name);
    if (mine.length > 1 || (mine.length === 1 && !check(mine[0])))
      return [`Extra element ${name} in interleave`, `Element ${root.el} failed to validate content`];
  }
  if (stop < 0) return undefined;
  const extra = kids[stop];
  return [`Element ${root.el} has extra content: ${isElement(extra) ? extra.el : 'text'}`];
}

/** virXMLValidateAgainstSchema's message for a well-formed moment document, or undefined when valid. */
export const momentSchemaError = (xml: string, kind: keyof typeof SCHEMAS) =>
  schemaFailure(xml, kind, (root) => relaxNgErrors(root, SCHEMAS[kind].groups));
