import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiDomainSummary, Transcript } from '@/lib/api/contract';
import { loadShellTools, shellToolsNow } from '@/lib/browser/shell-tools';
import type { Completer } from '@/lib/shell/virsh/readline/state';
import { heldLines } from './HeldLines';
import {
  newer,
  older,
  onDraft,
  type Recall,
  type Search,
  searchFor,
  searchLine,
  searchOlder,
  searchPrompt,
  startSearch,
} from './line-history';
import { MODIFIERS, useViMode } from './use-vi-mode';

interface Deps {
  host: string;
  qemu: boolean;
  journal: Transcript[] | undefined;
  domains: ApiDomainSummary[];
  files: string[];
  /**
   * Runs a complete line (not `clear`, not one bash would continue) and gives its journal seq; the next Enter's line waits for it
   * to end, as bash reads the next line only then (`cd /tmp` ⏎ `pwd` ⏎ typed at once prints /tmp).
   */
  run: (line: string) => Promise<number | undefined>;
  /** `set -o vi` ran last on this host's console. */
  vi?: boolean;
  /** The shell's prompt now (a line interrupted with ^C is shown after it). */
  prompt?: string;
}

/** A line given up with Ctrl+C: shown as the terminal left it (`^C` after it), never run. */
export interface Interrupted {
  /** The last journal entry before it: it is shown after that one. */
  after: number;
  prompt: string;
  lines: string[];
}

/**
 * The console's input line as bash's readline has it: Enter runs (or continues a here-document or
 * an open quote on a `> ` prompt), Tab completes, ↑/↓ (Ctrl+P/N) walk the history keeping the line
 * being typed, Ctrl+R searches it backwards (line-history.ts), `clear` and Ctrl+L clear.
 */
export function useConsoleInput({ host, qemu, journal, domains, files, run, vi: viOn = false, prompt = '' }: Deps) {
  const [line, setLine] = useState('');
  // Lines typed so far of an input bash would continue on its `> ` prompt (a here-document, an open quote).
  const [pending, setPendingState] = useState<string[]>([]);
  // The same lines for Enters that come faster than the shell's answer (needsMoreInput is awaited): each
  // Enter is taken after the one before, from what that one left held.
  const held = useRef<string[]>([]);
  const setPending = (lines: string[]) => {
    held.current = lines;
    setPendingState(lines);
  };
  const queue = useRef<Promise<void>>(Promise.resolve());
  // What a queued Enter reads when its turn comes (it may come renders later): the journal and whether
  // QEMU's monitor holds the console now, not when the Enter was pressed; and the last line run's seq, which
  // `clear` must hide even before the journal's refetch has brought it.
  const now = useRef({ journal, qemu });
  now.current = { journal, qemu };
  const lastRun = useRef(0);
  // Bumped by Ctrl+C: an Enter still waiting for the shell's chunk then gives up the line it would hold.
  const generation = useRef(0);
  // A bracketed paste's lines before the one the input holds: in the line, not run until Enter.
  const [pasted, setPasted] = useState<string[]>([]);
  const [choices, setChoices] = useState<string[]>([]);
  const [clearedAt, setClearedAt] = useState(0);
  const [recall, setRecall] = useState<Recall>(onDraft);
  const [search, setSearch] = useState<Search | null>(null);
  const entries = useMemo(() => (journal ?? []).filter((t) => t.seq > clearedAt), [journal, clearedAt]);
  // Lines run from here that the journal does not hold yet (it is written when the lab answers):
  // bash recalls a line as soon as Enter is pressed. One drops once the journal has grown past it.
  const [sent, setSent] = useState<{ line: string; after: number }[]>([]);
  const history = useMemo(() => {
    const kept = (journal ?? []).filter((t) => t.source === 'console').map((t) => t.line);
    return [...kept, ...sent.filter((s) => kept.length <= s.after).map((s) => s.line)];
  }, [journal, sent]);
  const [interrupted, setInterrupted] = useState<Interrupted[]>([]);
  const clear = () => {
    setClearedAt(Math.max((now.current.journal ?? []).at(-1)?.seq ?? 0, lastRun.current));
    setInterrupted([]);
  };
  // vi's `*`, `=` and `\\` complete as Tab does here: the same candidates, once the shell's tools have loaded.
  const viComplete: Completer = (before) => {
    const tools = shellToolsNow();
    if (!tools) return { text: before, ambiguous: false };
    const ctx = { domains: domains.filter((d) => d.host === host), files };
    const r = tools.completeLine(before, ctx);
    return { text: r.line, ambiguous: r.candidates.length > 1, ...tools.completionMatches(before, ctx) };
  };
  useEffect(() => {
    if (viOn) void loadShellTools();
  }, [viOn]);
  const vi = useViMode({
    on: viOn,
    history,
    line,
    setLine,
    submit: (typed) => void submit(typed),
    complete: viComplete,
    list: setChoices,
  });

  const submit = (typed = line) => {
    vi.reset();
    const lines = pasted;
    setPasted([]);
    setChoices([]);
    setRecall(onDraft);
    setSearch(null);
    setLine('');
    const gen = generation.current;
    const next = queue.current.then(() => take(typed, lines, gen));
    queue.current = next.catch(() => undefined);
    return next;
  };

  /** One Enter, after those before it: the line joins what they held, and runs or is held in turn. */
  const take = async (typed: string, lines: string[], gen: number) => {
    // An Enter the shell had not read when Ctrl+C came is interrupted with the rest, as a terminal's
    // line discipline drops what is pending on ^C.
    if (gen !== generation.current) return;
    const before = held.current;
    const kept = [...before, ...lines];
    const text = [...kept, typed].join('\n').trim();
    if (!text) return;
    if (text === 'clear' && !before.length) return clear();
    // In the history from Enter on, even while the shell's chunk loads (↑ may come before it has).
    const inJournal = (now.current.journal ?? []).filter((t) => t.source === 'console').length;
    const entry = { line: text, after: inJournal };
    setSent((xs) => [...xs.filter((x) => inJournal <= x.after), entry]);
    const more = !now.current.qemu && (await loadShellTools()).needsMoreInput(text);
    if (gen !== generation.current) {
      setSent((xs) => xs.filter((x) => x !== entry));
      return;
    }
    if (more) {
      setSent((xs) => xs.filter((x) => x !== entry));
      setPending([...kept, typed]);
      return;
    }
    setPending([]);
    const seq = await run(text);
    if (typeof seq === 'number') lastRun.current = Math.max(lastRun.current, seq);
  };

  const complete = async (text: string) => {
    const { completeLine } = await loadShellTools();
    const r = completeLine(text, { domains: domains.filter((d) => d.host === host), files });
    setLine((now) => (now === text ? r.line : now));
    setChoices(r.candidates);
  };

  const walk = (to: { recall: Recall; line: string } | null) => {
    if (!to) return;
    setRecall(to.recall);
    setLine(to.line);
  };

  /** A key while searching: the search's own keys, else the search ends on the line found. */
  const searchKey = (e: KeyboardEvent<HTMLInputElement>, s: Search): boolean => {
    // A modifier pressed on its own (the Ctrl of Ctrl+R, the Shift of a capital) is not a key yet.
    if (MODIFIERS.has(e.key)) return false;
    const printable = e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
    if (e.key === 'r' && e.ctrlKey) setSearch(searchOlder(history, s));
    else if (printable) setSearch(searchFor(history, s, s.query + e.key));
    else if (e.key === 'Backspace') setSearch(searchFor(history, s, s.query.slice(0, -1)));
    else if (e.key === 'g' && e.ctrlKey) {
      setSearch(null);
      setLine(s.original);
    } else {
      setSearch(null);
      setLine(searchLine(history, s));
      if (s.match !== null) setRecall({ at: s.match, draft: s.original });
      // Enter runs the line found; Escape only ends the search; other keys act on the line.
      if (e.key === 'Enter') void submit(searchLine(history, s));
      return e.key === 'Enter' || e.key === 'Escape';
    }
    return true;
  };

  /**
   * Ctrl+C (the terminal's interrupt): the line — a paste's lines, a `> ` continuation's — is given up,
   * shown with `^C` after it, and a new prompt comes; nothing runs and the history does not get it.
   */
  const interrupt = () => {
    const typed = search ? searchLine(history, search) : line;
    const last = pasted.length ? typed : pending.length ? `> ${typed}` : typed;
    const after = (journal ?? []).at(-1)?.seq ?? 0;
    setInterrupted((xs) => [...xs, { after, prompt, lines: [...heldLines(pending, pasted), last] }]);
    generation.current++;
    held.current = [];
    vi.reset();
    setPending([]);
    setPasted([]);
    setChoices([]);
    setSearch(null);
    setRecall(onDraft);
    setLine('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const act = (f: () => void) => {
      e.preventDefault();
      f();
    };
    const { selectionStart: from, selectionEnd: to } = e.currentTarget;
    // With text selected in the input, Ctrl+C copies it, as a browser does.
    if (e.key === 'c' && e.ctrlKey && !e.altKey && !e.metaKey && (from === to || vi.command)) return act(interrupt);
    // Backspace at the start of a paste's last line takes the newline before it (the line joins the one above).
    if (e.key === 'Backspace' && pasted.length && from === 0 && to === 0 && !vi.command && !search)
      return act(() => {
        const above = pasted.at(-1)!;
        setPasted(pasted.slice(0, -1));
        setLine(above + line);
        vi.placeCaret(above.length);
      });
    if (search) {
      if (searchKey(e, search)) e.preventDefault();
      return;
    }
    if (vi.onKeyDown(e)) return;
    if (e.key === 'Enter') act(() => void submit());
    else if (e.key === 'Tab' && line.trim()) act(() => void complete(line));
    else if (e.key === 'ArrowUp' || (e.key === 'p' && e.ctrlKey)) act(() => walk(older(history, recall, line)));
    else if (e.key === 'ArrowDown' || (e.key === 'n' && e.ctrlKey)) act(() => walk(newer(history, recall)));
    else if (e.key === 'r' && e.ctrlKey) act(() => setSearch(startSearch(line)));
    else if (e.key === 'l' && e.ctrlKey) act(clear);
  };

  /**
   * readline's bracketed paste (bash 5.1+ at a terminal): text of several lines is put into the line
   * as it is, each newline kept, and nothing runs until Enter — which runs every line, as bash does.
   * A single line is left to the browser. True when the paste was taken.
   */
  const paste = (text: string, from: number, to: number) => {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    if (lines.length < 2 || search) return false;
    setPasted((p) => [...p, line.slice(0, from) + lines[0], ...lines.slice(1, -1)]);
    setLine(lines.at(-1) + line.slice(to));
    setRecall(onDraft);
    return true;
  };

  const type = (text: string) => {
    if (search) return;
    setLine(text);
    setRecall(onDraft);
  };
  return {
    line: search ? searchLine(history, search) : line,
    /** bash's search prompt while Ctrl+R is searching, else null. */
    searching: search ? searchPrompt(search) : null,
    type,
    pending,
    pasted,
    paste,
    choices,
    clearChoices: () => setChoices([]),
    entries,
    submit,
    onKeyDown,
    /** After a vi command: where the caret goes (in command mode the character under it is selected). */
    caret: vi.caret,
    /** readline's message in vi command mode (a `/` search, a count), shown in place of the prompt. */
    viMessage: vi.message,
    /** Lines given up with Ctrl+C, each after the journal entry it followed. */
    interrupted: interrupted.filter((x) => x.after >= clearedAt),
  };
}
