import { type KeyboardEvent, useMemo, useState } from 'react';
import type { ApiDomainSummary, Transcript } from '@/lib/api/contract';
import { loadShellTools } from '@/lib/browser/shell-tools';

interface Deps {
  host: string;
  qemu: boolean;
  journal: Transcript[] | undefined;
  domains: ApiDomainSummary[];
  files: string[];
  /** Runs a complete line (not `clear`, not one bash would continue). */
  run: (line: string) => void;
}

/**
 * The console's input line as bash's readline has it: Enter runs (or continues a here-document or
 * an open quote on a `> ` prompt), Tab completes, ↑/↓ walk the history, `clear` and Ctrl+L clear.
 */
export function useConsoleInput({ host, qemu, journal, domains, files, run }: Deps) {
  const [line, setLine] = useState('');
  // Lines typed so far of an input bash would continue on its `> ` prompt (a here-document, an open quote).
  const [pending, setPending] = useState<string[]>([]);
  const [choices, setChoices] = useState<string[]>([]);
  const [clearedAt, setClearedAt] = useState(0);
  const [historyAt, setHistoryAt] = useState<number | null>(null);
  const entries = useMemo(() => (journal ?? []).filter((t) => t.seq > clearedAt), [journal, clearedAt]);
  const history = useMemo(() => (journal ?? []).filter((t) => t.source === 'console').map((t) => t.line), [journal]);
  const clear = () => setClearedAt((journal ?? []).at(-1)?.seq ?? 0);

  const submit = async () => {
    const text = [...pending, line].join('\n').trim();
    setChoices([]);
    setHistoryAt(null);
    setLine('');
    if (!text) return;
    if (!qemu && (await loadShellTools()).needsMoreInput(text)) {
      setPending((p) => [...p, line]);
      return;
    }
    setPending([]);
    if (text === 'clear') clear();
    else run(text);
  };

  const complete = async (text: string) => {
    const { completeLine } = await loadShellTools();
    const r = completeLine(text, { domains: domains.filter((d) => d.host === host), files });
    setLine((now) => (now === text ? r.line : now));
    setChoices(r.candidates);
  };

  const walk = (i: number | null) => {
    setHistoryAt(i);
    setLine(i === null ? '' : history[i]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const act = (f: () => void) => {
      e.preventDefault();
      f();
    };
    if (e.key === 'Enter') act(() => void submit());
    else if (e.key === 'Tab' && line.trim()) act(() => void complete(line));
    else if (e.key === 'ArrowUp' && history.length)
      act(() => walk(historyAt === null ? history.length - 1 : Math.max(0, historyAt - 1)));
    else if (e.key === 'ArrowDown' && historyAt !== null)
      act(() => walk(historyAt + 1 >= history.length ? null : historyAt + 1));
    else if (e.key === 'l' && e.ctrlKey) act(clear);
  };

  const type = (text: string) => {
    setLine(text);
    setHistoryAt(null);
  };
  return { line, type, pending, choices, clearChoices: () => setChoices([]), entries, submit, onKeyDown };
}
