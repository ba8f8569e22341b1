import { type KeyboardEvent, useRef, useState } from 'react';
import { ViLine, type ViStep } from './vi-line';

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
}

/**
 * bash's vi mode at the console (`set -o vi`, vi-line.ts): the input inserts as usual; ESC enters
 * command mode, where every key goes to readline's vi commands and the character under the cursor
 * is selected, as a terminal's block cursor shows it.
 */
export function useViMode({ on, history, line, setLine, submit }: Deps) {
  const vi = useRef<ViLine | null>(null);
  const [command, setCommand] = useState(false);
  // A new object on each step: the input puts its caret (or block cursor) there once, after rendering.
  const [caret, setCaret] = useState<{ at: number; block: boolean } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // ^E in command mode (emacs keys) and M-C-j in emacs mode (vi, inserting) switch bash's readline as
  // `set -o` does, until a `set -o` changes the mode the host's console reads.
  const [switched, setSwitched] = useState<{ from: boolean; to: boolean } | null>(null);
  const active = switched && switched.from === on ? switched.to : on;
  const reset = () => {
    vi.current = null;
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
    if (s.done) submit(s.text);
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
      vi.current ??= new ViLine(history);
      apply(vi.current.escape(line, e.currentTarget.selectionStart ?? line.length));
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
    if (k !== null && vi.current) apply(vi.current.key(k));
    return true;
  };
  return { onKeyDown, command, caret, message, reset };
}
