import { attrsWithin, content, isElement, schemaFailure, textOf, UNSIGNED_LONG } from './relax-ng';
import type { XmlTree } from './xml-tree';

/**
 * What libxml2's Relax-NG validator says about a `<domain>` (define/create --validate: virXMLParse with
 * domain.rng), read off real virsh 9.0 as network-schema.ts reads network.rng. domain.rng's root is the
 * `type` attribute (one of `hvs`), an optional `id`, and one `<interleave>` of nested groups whose only
 * required element is `<name>`. libxml2 checks the type first ("failed to validate content" alone);
 * sorts the children into the groups, stopping at the first child no group takes; validates the groups
 * in the schema's order — no `<name>` is "Expecting an element name" and two "Invalid sequence" lines
 * (it sits two interleaves deep), a group holding two elements or one failing inside is "Extra element
 * X in interleave" and one — then reports what the sorting stopped at, then a root attribute it does
 * not allow.
 *
 * Faithful for the root, the groups, and the inside of <name>, <uuid>, <memory>'s value and <vcpu>'s
 * count. The inside of the other elements (<os>, <devices>, <cpu>, …) is taken as valid: the
 * differential generator draws no document broken there.
 */

/** domaincommon.rng's `hvs`. */
const HVS = [
  'qemu',
  'kqemu',
  'kvm',
  'xen',
  'lxc',
  'uml',
  'openvz',
  'test',
  'vmware',
  'hyperv',
  'vbox',
  'phyp',
  'vz',
  'bhyve',
  'hvf',
];
/** The elements of domaincontents' interleave (its nested groups flattened), in the schema's order; namespaced ones left out. */
const ELEMENTS = [
  'name',
  'uuid',
  'genid',
  'title',
  'description',
  'metadata',
  'cpu',
  'sysinfo',
  'bootloader',
  'bootloader_args',
  'os',
  'clock',
  'memory',
  'maxMemory',
  'currentMemory',
  'memoryBacking',
  'vcpu',
  'vcpus',
  'iothreads',
  'iothreadids',
  'defaultiothread',
  'blkiotune',
  'memtune',
  'cputune',
  'numatune',
  'resource',
  'features',
  'on_reboot',
  'on_poweroff',
  'on_crash',
  'on_lockfailure',
  'pm',
  'perf',
  'idmap',
  'devices',
  'seclabel',
  'keywrap',
  'launchSecurity',
];
const MANY = new Set(['sysinfo', 'seclabel']);
const UUID = /^(?:[a-fA-F0-9]{32}|[a-fA-F0-9]{8}-(?:[a-fA-F0-9]{4}-){3}[a-fA-F0-9]{12})$/;
const noElements = (el: XmlTree) => content(el).every((k) => !isElement(k));

/** An element's own failure: the lines libxml2 prints before "Extra element", or undefined when it validates. */
function failure(el: XmlTree): string[] | undefined {
  switch (el.el) {
    case 'name':
      return noElements(el) ? undefined : [];
    case 'uuid':
      return el.attrs.length === 0 && noElements(el) && UUID.test(textOf(el)) ? undefined : [];
    case 'memory': {
      // <memory unit dumpCore><data type="unsignedLong"/>: the datatype says why.
      const v = textOf(el);
      if (!attrsWithin(el, ['unit', 'dumpCore']) || !noElements(el)) return [];
      return UNSIGNED_LONG(v) ? undefined : [`Type unsignedLong doesn't allow value '${v}'`];
    }
    case 'vcpu': {
      // countCPU: an unsignedShort of at least 1 (a facet's refusal prints no datatype line).
      const v = textOf(el).trim();
      const ok = /^\+?\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 65535;
      return ok && noElements(el) ? undefined : [];
    }
    default:
      return undefined;
  }
}

const failed = (lines: string[]) => [...lines, 'Element domain failed to validate content'];

function relaxNgErrors(root: XmlTree): string[] {
  const type = root.attrs.find(([k]) => k === 'type')?.[1];
  if (type === undefined || !HVS.includes(type.trim())) return failed([]);
  const kids = content(root);
  const stop = kids.findIndex((k) => !isElement(k) || !ELEMENTS.includes(k.el));
  const sorted = stop < 0 ? kids : kids.slice(0, stop);
  for (const name of ELEMENTS) {
    const mine = sorted.filter((k): k is XmlTree => isElement(k) && k.el === name);
    if (name === 'name' && mine.length === 0)
      return failed([
        'Expecting an element name, got nothing',
        'Invalid sequence in interleave',
        'Invalid sequence in interleave',
      ]);
    if (!MANY.has(name) && mine.length > 1)
      return failed([`Extra element ${name} in interleave`, 'Invalid sequence in interleave']);
    for (const el of mine) {
      const why = failure(el);
      if (why) return failed([...why, `Extra element ${name} in interleave`, 'Invalid sequence in interleave']);
    }
  }
  if (stop >= 0) {
    const extra = kids[stop];
    return [`Element domain has extra content: ${isElement(extra) ? extra.el : 'text'}`];
  }
  const bad = root.attrs.find(([k]) => !['type', 'id', 'xmlns'].includes(k) && !k.startsWith('xmlns:'));
  return bad ? [`Invalid attribute ${bad[0]} for element domain`] : [];
}

/** virXMLValidateAgainstSchema's message for a well-formed `<domain>`, or undefined when it validates. */
export const domainSchemaError = (xml: string) => schemaFailure(xml, 'domain', relaxNgErrors);
