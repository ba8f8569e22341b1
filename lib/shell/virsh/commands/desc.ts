import { domainSetMetadata, type MetadataKind } from '../../../sim/ops/metadata';
import { operationInvalid } from '../../../sim/result';
import type { Domain } from '../../../sim/types';
import { currentDef, domainName } from '../../../sim/world';
import type { CmdCtx } from '../context';
import type { VirshCommand } from './types';

/** Runs the session's editor on a text, as virsh's *edit commands run $EDITOR on a temporary file. */
export function editText(c: CmdCtx, text: string): string | undefined {
  const r = c.s.editor ? c.s.editor(text) : { ok: true as const, value: text };
  if (r.ok) return r.value;
  c.error(r.error.message);
  return undefined;
}

/**
 * virshGetDomainDescription: the persistent definition's text with --config (a transient domain
 * has none), else the current one's; "" when the element is absent.
 */
function currentText(c: CmdCtx, d: Domain, kind: MetadataKind): string | undefined {
  if (c.has('config') && !d.config) {
    const e = operationInvalid('transient domains do not have any persistent config');
    if (!e.ok) c.libvirtError(e.error);
    return undefined;
  }
  return (c.has('config') ? d.config! : currentDef(d))[kind] ?? '';
}

/** cmdDesc: shows, sets (`new-desc` words joined by spaces) or edits a description or title. */
const desc: VirshCommand = {
  name: 'desc',
  api: 'virDomainSetMetadata',
  run(c) {
    if (!c.exclusive('current', 'live') || !c.exclusive('current', 'config')) return false;
    const d = c.domain();
    if (!d) return false;
    const kind: MetadataKind = c.has('title') ? 'title' : 'description';
    const words = c.opts.has('new-desc') ? c.argv('new-desc').join(' ') : undefined;
    const what = kind === 'title' ? 'title' : 'description';
    // virsh reads the persistent text first with --config: a transient domain fails there.
    if (c.has('config') && currentText(c, d, kind) === undefined) return false;
    if (!c.has('edit') && words === undefined) {
      const text = currentText(c, d, kind);
      if (text === undefined) return false;
      if (text) c.print(text);
      // Two messages of virsh's catalogue, not one with the kind filled in.
      else c.extra(`${what === 'title' ? 'No title for domain' : 'No description for domain'}: ${domainName(d)}`);
      return true;
    }
    const before = words ?? currentText(c, d, kind);
    if (before === undefined) return false;
    const text = c.has('edit') ? editText(c, before) : before;
    if (text === undefined) return false;
    if (c.has('edit') && text === (currentText(c, d, kind) ?? '') && words === undefined) {
      c.extra(`Domain ${what} not changed\n`);
      return true;
    }
    const failLine = `Failed to set new domain ${what}`;
    if (!c.apply(domainSetMetadata(c.op(), d.uuid, kind, text, c.affect()), failLine)) return false;
    c.extra(`Domain ${what} updated successfully`);
    return true;
  },
};

export const descCommands: VirshCommand[] = [desc];
