import type { CmdCtx } from '../context';
import { virshDumpXml } from '../xpath/dump-xml';

/**
 * The *-dumpxml commands read --xpath with vshCommandOptStringQuiet: an empty value fails the
 * command without a message, at the point each command reads it.
 */
export const xpathReadable = (c: CmdCtx) => c.str('xpath') !== '';

/** Prints a document through virshDumpXML (--xpath, --wrap). */
export function printXml(c: CmdCtx, xml: string): boolean {
  const r = virshDumpXml(xml, c.str('xpath'), c.has('wrap'));
  if (!r.ok) {
    c.libvirtError({ code: 'INTERNAL_ERROR', message: r.error });
    return false;
  }
  c.stderr(r.stderr);
  c.print(r.stdout);
  return true;
}
