'use client';

import { useTranslations } from 'next-intl';
import { useLayoutEffect, useRef } from 'react';
import type { useConsoleInput } from './use-console-input';
import { viPrompt } from './vi-prompt';

/** Which host the shell is on, and the keys it answers to. */
export function ConsoleHostBar({
  host,
  hosts,
  onHost,
}: {
  host: string;
  hosts: string[];
  onHost: (h: string) => void;
}) {
  const tr = useTranslations('console');
  return (
    <div className="flex items-center gap-3 border-b border-white/15 px-3 py-1.5 font-sans text-xs">
      <label className="flex items-center gap-2">
        <span className="whitespace-nowrap">{tr('host')}</span>
        <select
          value={host}
          onChange={(e) => onHost(e.target.value)}
          className="rounded border border-white/25 bg-term-bg px-1.5 py-0.5 text-term-fg"
        >
          {hosts.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      </label>
      {/* The keys are for a keyboard: a phone's screen keyboard has no Tab or Ctrl, and the four lines
          they took at 390 px pushed the output down (as the console bar's Ctrl+` hint, decision 060). */}
      <span className="hidden text-term-fg/80 sm:inline">{tr.rich('keys', { kbd: (c) => <kbd>{c}</kbd> })}</span>
    </div>
  );
}

/**
 * The prompt and the line being typed; the prompt is the input's label, as a screen reader reads it.
 * While Ctrl+R searches, bash's search prompt takes its place and the input shows the line found;
 * in vi command mode readline's message does (`root@kvm1:~# /` while `/` reads its string).
 */
/** The input's name: a Ctrl+R search (the console's, or readline's in vi command mode), vi's `/` or `?` search, or the line. */
const label = (searching: string | null, viMessage: string | null) =>
  searching || /^\((failed )?(reverse-)?i-search\)/.test(viMessage ?? '')
    ? 'searchInput'
    : /^[/?]/.test(viMessage ?? '')
      ? 'viSearchInput'
      : 'input';

export function ConsoleInputLine({
  host,
  prompt,
  placeholder,
  autoFocus,
  input,
}: {
  host: string;
  prompt: string;
  placeholder: string;
  autoFocus?: boolean;
  input: ReturnType<typeof useConsoleInput>;
}) {
  const tr = useTranslations('console');
  const ref = useRef<HTMLInputElement>(null);
  const { caret } = input;
  useLayoutEffect(() => {
    if (caret) ref.current?.setSelectionRange(caret.at, caret.at + (caret.block ? 1 : 0));
  }, [caret]);
  return (
    <form
      className="flex flex-wrap items-center gap-x-2 gap-y-1 border-t border-white/15 px-3 py-2"
      onSubmit={(e) => {
        e.preventDefault();
        void input.submit();
      }}
    >
      <label htmlFor={`console-input-${host}`} className="shrink-0 text-term-prompt">
        {viPrompt(input.viMessage, prompt)}
      </label>
      <input
        ref={ref}
        id={`console-input-${host}`}
        aria-label={tr(label(input.searching, input.viMessage), { host })}
        value={input.line}
        autoFocus={autoFocus}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        onChange={(e) => input.type(e.target.value)}
        onKeyDown={input.onKeyDown}
        onPaste={(e) => {
          const { selectionStart: from, selectionEnd: to, value } = e.currentTarget;
          if (input.paste(e.clipboardData.getData('text'), from ?? value.length, to ?? value.length))
            e.preventDefault();
        }}
        className="min-w-[16ch] flex-1 bg-transparent text-term-fg outline-none placeholder:text-term-fg/60"
        placeholder={placeholder}
      />
    </form>
  );
}
