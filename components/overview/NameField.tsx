'use client';

import { type RefObject, useEffect, useState } from 'react';

/** The overview's name filter as the page hands it to its field (use-url-filter.ts). */
export interface NameInput {
  /** What the address says (?q=). */
  url: string;
  /**
   * What was typed that the address does not say yet (null: the address's), kept by the page so that
   * a field made again — the loading line's, then the lists' — starts with it. A ref, not state: a
   * keystroke must not render the page.
   */
  typed: RefObject<string | null>;
  /** Each keystroke's text: the tables follow after the keystroke is painted, the address after a pause. */
  type: (q: string) => void;
}

/**
 * The name filter's box. What is typed is this component's state, so a keystroke renders this field
 * alone (the overview with a thousand rows took 4–11 ms per key when the page held it); the tables
 * and the address follow through `type` (decision 072).
 */
export function NameField({ name, className }: { name: NameInput; className: string }) {
  const { url, typed, type } = name;
  const [own, setOwn] = useState(typed.current);
  // The address caught up with what was typed: it is the only source again (back, forward, links).
  useEffect(() => {
    if (typed.current !== null && typed.current === url) {
      typed.current = null;
      setOwn(null);
    }
  }, [url, typed]);
  return (
    <input
      type="search"
      className={className}
      placeholder="web, db…"
      value={own ?? url}
      onChange={(e) => {
        const q = e.target.value;
        typed.current = q;
        setOwn(q);
        type(q);
      }}
    />
  );
}
