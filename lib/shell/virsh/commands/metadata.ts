import { domainGetElementMetadata, domainSetElementMetadata } from '../../../sim/ops/metadata-element';
import type { CmdCtx } from '../context';
import { editText } from './desc';
import type { VirshCommand } from './types';

/** The option read as vshCommandOptStringReq: "" refused; undefined when absent. */
function optional(c: CmdCtx, name: string): { ok: boolean; value?: string } {
  const v = c.str(name);
  if (v !== '') return { ok: true, value: v };
  c.error(`Failed to get option '${name}': Option argument is empty`);
  return { ok: false };
}

/**
 * cmdMetadata: shows (virDomainGetMetadata), sets, edits or removes (virDomainSetMetadata) an
 * application's element of <metadata>, the one in the namespace `uri`; `--key` is the prefix
 * the element is stored under.
 */
const metadata: VirshCommand = {
  name: 'metadata',
  api: 'virDomainSetMetadata',
  xm: { none: 'xm keeps no custom metadata' },
  xl: { none: 'xl keeps no custom metadata' },
  run(c) {
    const pairs = [
      ['current', 'live'],
      ['current', 'config'],
      ['edit', 'set'],
      ['remove', 'set'],
      ['remove', 'edit'],
    ];
    if (!pairs.every(([a, b]) => c.exclusive(a, b))) return false;
    const d = c.domain();
    if (!d) return false;
    const uri = optional(c, 'uri');
    const key = uri.ok ? optional(c, 'key') : uri;
    const set = key.ok ? optional(c, 'set') : key;
    if (!set.ok) return false;
    const flags = c.affect();
    if ((c.has('edit') || set.value !== undefined) && key.value === undefined) {
      c.error('namespace key is required when modifying metadata');
      return false;
    }
    const change = (xml: string | null, done: string) => {
      if (!c.apply(domainSetElementMetadata(c.op(), d.uuid, uri.value!, key.value, xml, flags))) return false;
      c.extra(`${done}\n`);
      return true;
    };
    if (set.value !== undefined) return change(set.value, 'Metadata modified');
    if (c.has('remove')) return change(null, 'Metadata removed');
    const current = domainGetElementMetadata(c.op(), d.uuid, uri.value!, flags);
    if (c.has('edit')) {
      // virsh edits "" when there is no element yet.
      const before = current.ok ? current.value : '';
      const after = editText(c, before);
      if (after === undefined) return false;
      if (after === before) {
        c.extra('Metadata not changed');
        return true;
      }
      return change(after, 'Metadata modified');
    }
    if (!current.ok) {
      c.libvirtError(current.error);
      return false;
    }
    c.print(`${current.value}\n`);
    return true;
  },
};

export const metadataCommands = [metadata];
