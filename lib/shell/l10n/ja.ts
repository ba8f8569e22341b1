import { type Catalog, makeCatalog } from './catalog';
import { jaCatalog, jaLibc } from './ja-catalog.gen';
import { messagesAscii, messagesLanguage } from './locale';
import type { MessageNote } from './message-note';
import { type Chunk, textOf } from '../output-order';
import { translateVirshText } from './translate-output';

const ja = makeCatalog(jaCatalog, jaLibc);

/** gettext's conversion to an ASCII locale: each character outside ASCII becomes "?". */
const ascii = (pairs: readonly (readonly [string, string])[]) =>
  pairs.map(([id, str]) => [id, [...str].map((c) => (c.charCodeAt(0) < 0x80 ? c : '?')).join('')] as const);
let jaAscii: Catalog | undefined;

type VirshOut = { stdout: string; stderr: string; notes?: readonly MessageNote[]; chunks?: readonly Chunk[] };

/** virsh's stdout and stderr as real virsh prints them in a Japanese locale (LANGUAGE=ja). */
export function virshJa<T extends VirshOut>(out: T, cat: Catalog = ja): T {
  if (out.chunks) {
    // Each run as written (a table or a help page is one run); the notes are read in order across them.
    const unread = [...(out.notes ?? [])];
    const chunks = out.chunks.map((c) => ({
      fd: c.fd,
      text: translateVirshText(cat, c.text, c.fd === 1 ? 'stdout' : 'stderr', unread, true),
    }));
    return { ...out, chunks, stdout: textOf(chunks, 1), stderr: textOf(chunks, 2) };
  }
  return {
    ...out,
    stdout: translateVirshText(cat, out.stdout, 'stdout'),
    stderr: translateVirshText(cat, out.stderr, 'stderr', out.notes),
  };
}

/**
 * virsh's output in the language and charset the environment gives it, as gettext chooses them
 * (lib/shell/l10n/locale.ts): English, Japanese, or Japanese converted to ASCII ("????").
 */
export function virshForEnv<T extends VirshOut>(env: Readonly<Record<string, string | undefined>>, out: T): T {
  if (messagesLanguage(env) !== 'ja') return out;
  if (!messagesAscii(env)) return virshJa(out);
  jaAscii ??= makeCatalog(ascii(jaCatalog), ascii(jaLibc));
  return virshJa(out, jaAscii);
}
