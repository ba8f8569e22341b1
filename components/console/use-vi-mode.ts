import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { Completer } from '@/lib/shell/virsh/readline/state';
import type { ViLine, ViStep } from './vi-line';

/**
 * readline's vi port (vi-line.ts and lib/shell/virsh/readline) is a chunk of its own: it loads when a
 * host's console turns vi mode on (`set -o vi`, M-C-j), or at the first ESC if that comes first.
 */
type ViModule = typeof import('./vi-line');
let viModule: ViModule | null = null;
let viLoading: Promise<ViModule> | null = null;
export const loadViMode = () => (viLoading ??= import('./vi-line').then((m) => (viModule = m)));

/** Keys as the terminal sends them to readline: Enter is CR, the arrows move as h j k l do. */
const KEYS: Record<string, string> = {
  Enter: '\r',
  Escape: '\u001b',
  Backspace: '\u007f',
  ArrowLeft: 'h',
  ArrowRight: 'l',
  ArrowUp: 'k',
  ArrowDown: 'j',
  Home: '0',
  End: '$',
};
export const MODIFIERS = new Set(['Control', 'Shift', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'Dead', 'Process']);

interface Deps {
  /** `set -o vi` is in effect on this host's console. */
  on: boolean;
  history: readonly string[];
  line: string;
  setLine: (line: string) => void;
  submit: (line: string) => void;
  /** The console's completion as readline's completer (`*`, `=`, `\\`); undefined while it is loading. */
  complete: Completer;
  /** `=`: the matches listed, shown as Tab's are. */
  list: (matches: string[]) => void;
}

/**
 * bash's vi mode at the console (`set -o vi`, vi-line.ts): the input inserts as usual; ESC enters
 * command mode, where every key goes to readline's vi commands and the character under the cursor
 * is selected, as a terminal's block cursor shows it.
 */
export function useViMode({ on, history, line, setLine, submit, complete, list }: Deps) {
  const vi = useRef<ViLine | null>(null);
  // Keys pressed after ESC while the vi chunk was loading: the line at ESC, then each key, replayed in order.
  const waiting = useRef<{ line: string; at: number; keys: string[] } | null>(null);
  const [command, setCommand] = useState(false);
  // A new object on each step: the input puts its caret (or block cursor) there once, after rendering.
  const [caret, setCaret] = useState<{ at: number; block: boolean } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // ^E in command mode (emacs keys) and M-C-j in emacs mode (vi, inserting) switch bash's readline as
  // `set -o` does, until a `set -o` changes the mode the host's console reads.
  const [switched, setSwitched] = useState<{ from: boolean; to: boolean } | null>(null);
  const active = switched && switched.from === on ? switched.to : on;
  useEffect(() => {
    if (active) void loadViMode();
  }, [active]);
  const reset = () => {
    vi.current = null;
    waiting.current = null;
    setCommand(false);
    setCaret(null);
    setMessage(null);
  };
  const apply = (s: ViStep) => {
    setLine(s.text);
    setCaret({ at: s.point, block: !s.insert && !s.done });
    // R overwrites: its keys go on to readline, with the caret drawn as inserting.
    setCommand((!s.insert || s.replace) && !s.done);
    setMessage(s.done ? null : s.message);
    if (s.listed) list(s.listed);
    if (s.done) submit(s.text);
  };
  /** The vi chunk has come: ESC and the keys after it, as if it had been there. */
  const replay = (m: ViModule) => {
    const w = waiting.current;
    if (!w) return;
    waiting.current = null;
    vi.current = new m.ViLine(history, complete);
    let s = vi.current.escape(w.line, w.at);
    for (const k of w.keys) {
      if (s.done) break;
      if (s.listed) list(s.listed);
      s = vi.current.key(k);
    }
    apply(s);
  };
  /** True when vi mode took the key. */
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): boolean => {
    if (!active && e.ctrlKey && e.altKey && (e.key === 'j' || e.key === 'm')) {
      e.preventDefault();
      setSwitched({ from: on, to: true });
      return true;
    }
    // Tab is the console's completion (or leaves the input on an empty line) in either mode.
    if (!active || e.key === 'Tab' || (!command && e.key !== 'Escape')) return false;
    e.preventDefault();
    if (!command) {
      const at = e.currentTarget.selectionStart ?? line.length;
      if (!viModule) {
        // Command mode at once; its keys wait for the chunk (none is lost or typed into the line).
        waiting.current = { line, at, keys: [] };
        setCommand(true);
        void loadViMode().then(replay);
        return true;
      }
      vi.current ??= new viModule.ViLine(history, complete);
      apply(vi.current.escape(line, at));
      return true;
    }
    if (MODIFIERS.has(e.key)) return true;
    const control =
      e.ctrlKey && /^[a-z]$/i.test(e.key) ? String.fromCharCode(e.key.toUpperCase().charCodeAt(0) - 64) : null;
    if (control === '\u0005') {
      const at = e.currentTarget.selectionStart ?? line.length;
      reset();
      setSwitched({ from: on, to: false });
      setCaret({ at, block: false });
      return true;
    }
    const k = KEYS[e.key] ?? control ?? (e.key.length === 1 ? e.key : null);
    if (k !== null && waiting.current) waiting.current.keys.push(k);
    else if (k !== null && vi.current) apply(vi.current.key(k));
    return true;
  };
  /** The caret at `at` in the input, as it is drawn while inserting. */
  const placeCaret = (at: number) => setCaret({ at, block: false });
  return { onKeyDown, command, caret, message, reset, placeCaret };
}
