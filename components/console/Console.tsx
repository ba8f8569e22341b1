'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Transcript } from '@/lib/api/contract';
import { useDomains } from '@/lib/api/domains';
import { useJournal } from '@/lib/api/events';
import { useHostFiles, useHosts } from '@/lib/api/hosts';
import { useRunLine } from '@/lib/api/shell';
import { loadShellTools } from '@/lib/browser/shell-tools';
import { useToolOutput } from '@/lib/browser/tool-output';

const tilde = (cwd: string) => (cwd === '/root' ? '~' : cwd.startsWith('/root/') ? `~${cwd.slice(5)}` : cwd);
const prompt = (host: string, cwd: string, qemu?: boolean) => (qemu ? '(qemu)' : `root@${host}:${tilde(cwd)}#`);

function Entry({ t }: { t: Transcript }) {
  const out = useToolOutput(t);
  return (
    <div className="mb-1">
      <div>
        <span className="text-term-prompt">{prompt(t.host, t.cwd, t.at === 'qemu')}</span>{' '}
        <span className="whitespace-pre-wrap">{t.line.replace(/\n/g, '\n> ')}</span>
        {t.source === 'button' && <span className="ml-2 text-[0.7rem] text-term-fg/70">(button)</span>}
      </div>
      {out.stdout && <pre className="overflow-x-auto whitespace-pre">{out.stdout}</pre>}
      {out.stderr && <pre className="overflow-x-auto whitespace-pre-wrap text-term-err">{out.stderr}</pre>}
    </div>
  );
}

/**
 * A root shell on one lab host. Output is exactly what lib/shell's runConsoleLine printed (the
 * same as the command-line tool); button actions appear here too, as the virsh line they ran.
 */
export function Console({
  initialHost = 'kvm1',
  className = '',
  autoFocus,
}: {
  initialHost?: string;
  className?: string;
  autoFocus?: boolean;
}) {
  const tr = useTranslations('console');
  const [host, setHost] = useState(initialHost);
  const [cwd, setCwd] = useState<Record<string, string>>({});
  const [line, setLine] = useState('');
  // Lines typed so far of an input bash would continue on its `> ` prompt (a here-document, an open quote).
  const [pending, setPending] = useState<string[]>([]);
  const [choices, setChoices] = useState<string[]>([]);
  const [clearedAt, setClearedAt] = useState(0);
  const [historyAt, setHistoryAt] = useState<number | null>(null);
  const hosts = useHosts();
  const journal = useJournal();
  const domains = useDomains();
  const files = useHostFiles(host);
  const run = useRunLine();
  const outRef = useRef<HTMLDivElement>(null);

  const entries = useMemo(() => (journal.data ?? []).filter((t) => t.seq > clearedAt), [journal.data, clearedAt]);
  const history = useMemo(
    () => (journal.data ?? []).filter((t) => t.source === 'console').map((t) => t.line),
    [journal.data],
  );
  const here = cwd[host] ?? '/root';
  // A QEMU started with `-monitor stdio` holds this host's console until it quits: its prompt is `(qemu)`.
  const qemu = (journal.data ?? []).findLast((t) => t.host === host)?.attached === 'qemu';

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll to the end whenever the output grows
  useEffect(() => {
    outRef.current?.scrollTo({ top: outRef.current.scrollHeight });
  }, [entries.length, run.isPending, choices]);

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
    if (text === 'clear') {
      setClearedAt((journal.data ?? []).at(-1)?.seq ?? 0);
      return;
    }
    run.mutate(
      { host, line: text, cwd: here },
      { onSuccess: (r) => setCwd((c) => ({ ...c, [host]: r.transcript.cwd })) },
    );
  };

  const complete = async (text: string) => {
    const { completeLine } = await loadShellTools();
    const r = completeLine(text, {
      domains: (domains.data ?? []).filter((d) => d.host === host),
      files: (files.data ?? []).map((f) => f.path),
    });
    setLine((now) => (now === text ? r.line : now));
    setChoices(r.candidates);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Tab' && line.trim()) {
      e.preventDefault();
      void complete(line);
    } else if (e.key === 'ArrowUp' && history.length) {
      e.preventDefault();
      const i = historyAt === null ? history.length - 1 : Math.max(0, historyAt - 1);
      setHistoryAt(i);
      setLine(history[i]);
    } else if (e.key === 'ArrowDown' && historyAt !== null) {
      e.preventDefault();
      const i = historyAt + 1;
      if (i >= history.length) {
        setHistoryAt(null);
        setLine('');
      } else {
        setHistoryAt(i);
        setLine(history[i]);
      }
    } else if (e.key === 'l' && e.ctrlKey) {
      e.preventDefault();
      setClearedAt((journal.data ?? []).at(-1)?.seq ?? 0);
    }
  };

  return (
    <div
      className={`flex min-h-0 flex-col rounded-lg border border-line bg-term-bg font-mono text-sm text-term-fg ${className}`}
    >
      <div className="flex items-center gap-3 border-b border-white/15 px-3 py-1.5 font-sans text-xs">
        <label className="flex items-center gap-2">
          <span className="whitespace-nowrap">{tr('host')}</span>
          <select
            value={host}
            onChange={(e) => {
              setHost(e.target.value);
              setChoices([]);
            }}
            className="rounded border border-white/25 bg-term-bg px-1.5 py-0.5 text-term-fg"
          >
            {(hosts.data ?? [{ name: host }]).map((h) => (
              <option key={h.name} value={h.name}>
                {h.name}
              </option>
            ))}
          </select>
        </label>
        <span className="text-term-fg/80">{tr.rich('keys', { kbd: (c) => <kbd>{c}</kbd> })}</span>
      </div>
      <div
        ref={outRef}
        tabIndex={0}
        role="log"
        aria-label={tr('output')}
        aria-live="polite"
        className="min-h-0 flex-1 overflow-y-auto px-3 py-2"
      >
        {entries.length === 0 && (
          <p className="text-term-fg/80">{tr.rich('empty', { code: (c) => <code>{c}</code> })}</p>
        )}
        {entries.map((t) => (
          <Entry key={t.seq} t={t} />
        ))}
        {pending.length > 0 && (
          <pre className="whitespace-pre-wrap">
            <span className="text-term-prompt">{prompt(host, here)}</span> {pending.join('\n> ')}
          </pre>
        )}
        {run.isPending && (
          <div>
            <span className="text-term-prompt">{prompt(host, here, qemu)}</span> {run.variables?.line}
          </div>
        )}
        {choices.length > 0 && (
          <pre aria-label={tr('completions')} className="whitespace-pre-wrap text-term-fg/90">
            {choices.join('  ')}
          </pre>
        )}
      </div>
      <form
        className="flex items-center gap-2 border-t border-white/15 px-3 py-2"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={`console-input-${host}`} className="shrink-0 text-term-prompt">
          {pending.length ? '>' : prompt(host, here, qemu)}
        </label>
        <input
          id={`console-input-${host}`}
          aria-label={tr('input', { host })}
          value={line}
          autoFocus={autoFocus}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          onChange={(e) => {
            setLine(e.target.value);
            setHistoryAt(null);
          }}
          onKeyDown={onKeyDown}
          className="min-w-0 flex-1 bg-transparent text-term-fg outline-none placeholder:text-term-fg/60"
          placeholder={qemu ? 'info status' : 'virsh list --all'}
        />
      </form>
    </div>
  );
}
