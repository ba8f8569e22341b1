import { fillMsgstr, msgidPattern } from './printf-pattern';

/** A message catalogue: exact msgids, and msgids with conversions as patterns (most fixed text first). */
export interface Catalog {
  exact: ReadonlyMap<string, string>;
  patterns: readonly { re: RegExp; msgid: string; msgstr: string }[];
  /** glibc's strerror texts (libc's own catalogue): the end of a system error, ": No such file or directory". */
  strerror: ReadonlyMap<string, string>;
}

export function makeCatalog(
  entries: readonly (readonly [string, string])[],
  strerror: readonly (readonly [string, string])[] = [],
): Catalog {
  const exact = new Map<string, string>();
  const patterns: Catalog['patterns'][number][] = [];
  for (const [msgid, msgstr] of entries) {
    if (!msgid.includes('%')) exact.set(msgid, msgstr);
    else patterns.push({ re: msgidPattern(msgid), msgid, msgstr });
  }
  const fixed = (id: string) => id.replace(/%\S/g, '').length;
  patterns.sort((a, b) => fixed(b.msgid) - fixed(a.msgid));
  return { exact, patterns, strerror: new Map(strerror) };
}

/**
 * What libvirt's `_()` would have printed for `text`, or null when no message matches. A value
 * that ends a message after ": " — "Requested operation is not valid: %s" — is itself a message
 * (libvirt builds its errors so) and is translated too; other values (names, numbers) are not.
 */
export function gettext(cat: Catalog, text: string): string | null {
  const hit = cat.exact.get(text);
  if (hit !== undefined) return hit;
  // virReportSystemError: "<message>: <strerror(errno)>", each part from its own catalogue.
  const sys = /^(.*): ([^:]+)$/s.exec(text);
  if (sys && cat.strerror.has(sys[2])) return `${gettext(cat, sys[1]) ?? sys[1]}: ${cat.strerror.get(sys[2])}`;
  for (const p of cat.patterns) {
    const m = p.re.exec(text);
    if (m) return fill(cat, p, m.slice(1));
  }
  return null;
}

/**
 * `text` as the message `msgid` prints it (lib/shell/l10n/message-note.ts): the whole text, or
 * — virsh's `"%s '%s'"` — the message and then what virsh printed after it; as it is when the
 * catalogue has no translation (gettext's answer; also a text written without _()). Null when the
 * text is not that message's.
 */
export function gettextAs(cat: Catalog, text: string, msgid: string): string | null {
  const str = cat.exact.get(msgid);
  if (str !== undefined)
    return text === msgid ? str : text.startsWith(`${msgid} `) ? str + text.slice(msgid.length) : null;
  const p = cat.patterns.find((x) => x.msgid === msgid);
  if (!p) return text;
  const m = p.re.exec(text);
  return m ? fill(cat, p, m.slice(1)) : null;
}

function fill(cat: Catalog, p: Catalog['patterns'][number], values: string[]): string {
  if (/: %s$/.test(p.msgid)) {
    const last = values.length - 1;
    values[last] = gettext(cat, values[last]) ?? values[last];
  }
  // libvirt fills a missing MAC or IP of a DHCP host entry with _("unknown"): a message itself.
  if (p.msgid.includes('dhcp host entry'))
    for (let i = 0; i < values.length; i++)
      if (values[i] === 'unknown') values[i] = cat.exact.get('unknown') ?? 'unknown';
  return fillMsgstr(p.msgstr, values);
}
