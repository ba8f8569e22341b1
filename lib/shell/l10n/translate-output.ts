import { formatTable } from '../table';
import { type Catalog, gettext, gettextAs } from './catalog';
import { displayWidth, utf8Length } from './display-width';
import type { MessageNote } from './message-note';

/**
 * virsh's output as it reads with LANGUAGE=ja: each line as libvirt's catalogue has it, applied
 * to what VirtLab's virsh printed in English — so the shell's commands know nothing of languages.
 * Three shapes need more than a message lookup, because virsh lays them out after translating:
 * vshTable tables (columns sized by display width), key–value lines (`%-15s %s`, padded in
 * bytes) and "state (reason)".
 */
export function translateVirshText(
  cat: Catalog,
  text: string,
  stream: 'stdout' | 'stderr',
  notes: readonly MessageNote[] = [],
  /** Take the notes used from `notes` itself (a caller translating one stream in several runs). */
  consume = false,
): string {
  const lines = text.split('\n');
  const unread = consume ? (notes as MessageNote[]) : [...notes];
  const out: string[] = [];
  let help: HelpSection = null;
  for (let i = 0; i < lines.length; i++) {
    if (stream === 'stdout') {
      help = helpSection(lines[i], help);
      // A description may run over several lines: it is one message.
      if (help === 'DESCRIPTION' && lines[i].startsWith('    ')) {
        // It ends at the blank line before the next heading (it may hold blank lines itself).
        let end = i + 1;
        while (end < lines.length && !HEADINGS.includes(lines[end])) end++;
        while (end > i + 1 && lines[end - 1] === '') end--;
        const text = lines.slice(i, end).join('\n').slice(4);
        out.push(`    ${gettext(cat, text) ?? text}`);
        i = end - 1;
        continue;
      }
      // An option's help may run onto lines of its own (numatune --mode): one message.
      if (help === 'OPTIONS' && lines[i].startsWith('    ')) {
        let end = i + 1;
        while (end < lines.length && lines[end] !== '' && !lines[end].startsWith('    ')) end++;
        if (end > i + 1) {
          const m = /^( {4}\S(?:\S| (?! ))* {2,})(\S.*)$/s.exec(lines.slice(i, end).join('\n'));
          if (m) {
            out.push(`${m[1]}${gettext(cat, m[2]) ?? m[2]}`);
            i = end - 1;
            continue;
          }
        }
      }
      const h = help && helpLine(cat, lines[i], help);
      if (h) {
        out.push(h);
        continue;
      }
    }
    const rule = lines[i + 1];
    if (stream === 'stdout' && rule && /^-{5,}$/.test(rule) && lines[i].startsWith(' ')) {
      let end = i + 2;
      while (end < lines.length && lines[end] !== '') end++;
      out.push(...table(cat, lines.slice(i, end)));
      i = end - 1;
      continue;
    }
    out.push(stream === 'stderr' ? errorLine(cat, lines[i], unread) : line(cat, lines[i]));
  }
  return out.join('\n');
}

/**
 * Where in virsh's help a line is (vshCmddefHelp's NAME / SYNOPSIS / DESCRIPTION / OPTIONS, or a
 * group's list): virsh translates the summary, the description and each option's help, and lays
 * the lines out around them as in English.
 */
type HelpSection = 'NAME' | 'SYNOPSIS' | 'DESCRIPTION' | 'OPTIONS' | 'group' | null;
const HEADINGS = ['  NAME', '  SYNOPSIS', '  DESCRIPTION', '  OPTIONS'];

function helpSection(l: string, now: HelpSection): HelpSection {
  if (HEADINGS.includes(l)) return l.trim() as HelpSection;
  if (/^ \S.* \(help keyword '[^']+'\):$/.test(l)) return 'group';
  return l === '' && now === 'group' ? null : now;
}

function helpLine(cat: Catalog, l: string, section: Exclude<HelpSection, null>): string | null {
  if (HEADINGS.includes(l)) return line(cat, l);
  const msg = (s: string) => gettext(cat, s) ?? s;
  if (section === 'group') {
    const m = /^( {4}\S+ +)(\S.*)$/.exec(l);
    return m ? `${m[1]}${msg(m[2])}` : null;
  }
  // The synopsis is commands and options: never translated.
  if (section === 'SYNOPSIS') return l;
  if (section === 'NAME') {
    const m = /^( {4}\S+ - )(.*)$/.exec(l);
    return m ? `${m[1]}${msg(m[2])}` : null;
  }
  if (section === 'OPTIONS') {
    const m = /^( {4}\S(?:\S| (?! ))* {2,})(\S.*)$/.exec(l);
    return m ? `${m[1]}${msg(m[2])}` : null;
  }
  return null;
}

/** A word virsh passes through `_()`; a number with its unit ("%llu %s", vol-info --bytes) keeps the number. */
const word = (cat: Catalog, s: string) => {
  const unit = /^(\d+) (\S+)$/.exec(s);
  if (unit && cat.exact.has(unit[2])) return `${unit[1]} ${cat.exact.get(unit[2])}`;
  return s === '' ? s : (cat.exact.get(s) ?? s);
};

/** An error line; one a note names (each emitter of a shared English text notes it) is that message. */
function errorLine(cat: Catalog, l: string, notes: MessageNote[]): string {
  const m = /^error: (.*)$/.exec(l);
  if (!m) return l;
  const n = notes.findIndex((x) => x.text === m[1]);
  const noted = n < 0 ? null : gettextAs(cat, m[1], notes.splice(n, 1)[0].msgid);
  return `${cat.exact.get('error: ') ?? 'error: '}${noted ?? gettext(cat, m[1]) ?? m[1]}`;
}

function line(cat: Catalog, l: string): string {
  if (l === '') return l;
  const message = gettext(cat, `${l}\n`) ?? gettext(cat, l);
  if (message !== null) return message.replace(/\n$/, '');
  // Lines virsh prints as part of a message with blank lines around it ("\n  SYNOPSIS\n", "Grouped commands:\n\n").
  const framed = gettext(cat, `\n${l}\n`) ?? gettext(cat, `${l}\n\n`);
  if (framed !== null) return framed.replace(/^\n|\n+$/g, '');
  // "Name:           test" (`%-15s %s`, the key a message with its colon)
  const kv = /^(\S[^:]*:)( +)(.*)$/.exec(l);
  if (kv && cat.exact.has(kv[1]))
    return keyValue(cat.exact.get(kv[1])!, kv[1].length + kv[2].length - 1, ' ', word(cat, kv[3]));
  // "Scheduler      : fair" (`%-15s: %s`, the key a message without it)
  const kc = /^(\S.*?)( +): (.*)$/.exec(l);
  if (kc && cat.exact.has(kc[1]))
    return keyValue(cat.exact.get(kc[1])!, kc[1].length + kc[2].length, ': ', word(cat, kc[3]));
  // "hard_limit     : unlimited" (memtune's `%-15s: %s`): a parameter's name, and _("unlimited").
  const limit = /^(\S+ *): unlimited$/.exec(l);
  if (limit) return `${limit[1]}: ${word(cat, 'unlimited')}`;
  // "paused (user)": virsh prints a state and its reason, each translated
  const sr = /^(\S.*) \((\S+)\)$/.exec(l);
  if (sr && cat.exact.has(sr[1])) return `${word(cat, sr[1])} (${word(cat, sr[2])})`;
  // "maximum      config         2" (vcpucount's `%-12s %-12s %3d`): words padded in bytes
  const cols = l.match(/\S+ */g) ?? [];
  if (cols.length > 1 && cols.slice(0, -1).every((c) => cat.exact.has(c.trimEnd())))
    return cols
      .map((c, i) => (i === cols.length - 1 ? c : keyValue(word(cat, c.trimEnd()), c.length, '', '')))
      .join('');
  return l;
}

const keyValue = (key: string, bytes: number, sep: string, value: string) =>
  `${key}${' '.repeat(Math.max(0, bytes - utf8Length(key)))}${sep}${value}`;

/** The columns whose cells virsh translates (a state, yes/no); names, sources, models stay. */
const translatedColumns = new Set(['State', 'Autostart', 'Persistent']);

/** A vshTable: cells cut at the header's column starts, header and words translated, laid out again. */
function table(cat: Catalog, rows: string[]): string[] {
  const [head, , ...body] = rows;
  const starts = [...head.matchAll(/(?<=^ | {3})\S/g)].map((m) => m.index);
  const cells = (l: string) =>
    starts.map((s, i) =>
      l
        .slice(s, i + 1 < starts.length ? starts[i + 1] : undefined)
        .replace(/ +$/, (sp) => (i + 1 < starts.length ? '' : sp)),
    );
  const english = cells(head);
  const header = english.map((c) => word(cat, c));
  // vol-list --details translates a volume's type (virshVolumeTypeToString); domblklist's comes from XML as is.
  // snapshot-list's State is the snapshot XML's <state>, printed as it is.
  const translate = (col: string) =>
    (translatedColumns.has(col) && !english.includes('Creation Time')) ||
    (col === 'Type' && english.includes('Capacity'));
  const translated = body.map((r) => cells(r).map((c, i) => (translate(english[i]) ? word(cat, c) : c)));
  return formatTable(header, translated, false, displayWidth).replace(/\n$/, '').split('\n');
}
