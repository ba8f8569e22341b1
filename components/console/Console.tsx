'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useDomains } from '@/lib/api/domains';
import { useJournal } from '@/lib/api/events';
import { useHostFiles, useHosts } from '@/lib/api/hosts';
import { useRunLine } from '@/lib/api/shell';
import { prompt } from './ConsoleEntry';
import { ConsoleLog } from './ConsoleLog';
import { consoleVi } from './editing-mode';
import { ConsoleHostBar, ConsoleInputLine } from './ConsoleParts';
import { HeldLines, heldLines } from './HeldLines';
import { terminalColumns } from './terminal-columns';
import { useConsoleInput } from './use-console-input';

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
  const lang = useLocale() === 'ja' ? 'ja' : 'en';
  const [host, setHost] = useState(initialHost);
  const [cwd, setCwd] = useState<Record<string, string>>({});
  // Where each host's shell is now, for the next line the moment the last one ends (a line typed
  // while another runs waits for it in use-console-input's queue, then runs where that one left it).
  const cwdNow = useRef<Record<string, string>>({});
  const hosts = useHosts();
  const journal = useJournal();
  const domains = useDomains();
  const files = useHostFiles(host);
  const runLine = useRunLine();
  const outRef = useRef<HTMLDivElement>(null);
  const here = cwd[host] ?? '/root';
  // A QEMU started with `-monitor stdio` holds this host's console until it quits: its prompt is `(qemu)`.
  const qemu = (journal.data ?? []).findLast((t) => t.host === host)?.attached === 'qemu';
  // `set -o vi` / `set -o emacs` run in this session, else what its bash read from ~/.inputrc.
  const vi = consoleVi(host, journal.data, hosts.data);
  const input = useConsoleInput({
    host,
    qemu,
    vi,
    prompt: prompt(host, here, qemu),
    journal: journal.data,
    domains: domains.data ?? [],
    files: (files.data ?? []).map((f) => f.path),
    run: async (line) => {
      // The terminal's width when the line runs (as TIOCGWINSZ answers then): ls's columns.
      const r = await runLine
        .mutateAsync({
          host,
          line,
          cwd: cwdNow.current[host] ?? '/root',
          lang,
          columns: terminalColumns(outRef.current),
        })
        .catch(() => null); // shown by the mutation's own error state
      if (!r) return;
      cwdNow.current = { ...cwdNow.current, [host]: r.transcript.cwd };
      setCwd(cwdNow.current);
      return r.transcript.seq;
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll to the end whenever the output grows
  useEffect(() => {
    outRef.current?.scrollTo({ top: outRef.current.scrollHeight });
  }, [input.entries.length, runLine.isPending, input.choices, input.interrupted.length]);

  return (
    <div
      className={`flex min-h-0 min-w-0 flex-col rounded-lg border border-line bg-term-bg font-terminal text-sm text-term-fg ${className}`}
    >
      <ConsoleHostBar
        host={host}
        hosts={(hosts.data ?? [{ name: host }]).map((h) => h.name)}
        onHost={(h) => {
          setHost(h);
          input.clearChoices();
        }}
      />
      <div
        ref={outRef}
        tabIndex={0}
        role="log"
        aria-label={tr('output')}
        aria-live="polite"
        className="min-h-0 flex-1 overflow-y-auto overflow-x-hidden px-3 py-2 [scrollbar-gutter:stable]"
      >
        {input.entries.length === 0 && (
          <p className="text-term-fg/80">
            {tr.rich('empty', { code: (c) => <code className="whitespace-nowrap">{c}</code> })}
          </p>
        )}
        <ConsoleLog entries={input.entries} interrupted={input.interrupted} />
        <HeldLines prompt={prompt(host, here)} lines={heldLines(input.pending, input.pasted)} />
        {runLine.isPending && (
          <div className="terminal-wrap">
            <span className="text-term-prompt">{prompt(host, here, qemu)}</span> {runLine.variables?.line}
          </div>
        )}
        {input.choices.length > 0 && (
          <pre aria-label={tr('completions')} className="terminal-wrap text-term-fg/90">
            {input.choices.join('  ')}
          </pre>
        )}
      </div>
      <ConsoleInputLine
        host={host}
        prompt={input.searching ?? (input.pasted.length ? '' : input.pending.length ? '>' : prompt(host, here, qemu))}
        placeholder={qemu ? 'info status' : 'virsh list --all'}
        autoFocus={autoFocus}
        input={input}
      />
    </div>
  );
}
