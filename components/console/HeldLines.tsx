/** The lines held (continued on bash's `> ` prompt, then a paste's), as a terminal shows them under the prompt. */
export const heldLines = (pending: string[], pasted: string[]) => [
  ...pending.map((l, i) => (i ? `> ${l}` : l)),
  ...pasted.map((l, i) => (i || !pending.length ? l : `> ${l}`)),
];

/**
 * Lines in the input that have not run yet: those bash continues on its `> ` prompt (a here-document,
 * an open quote) and a bracketed paste's, which stay in the line as a terminal shows them — one
 * under the other, without a prompt — until Enter runs them all. `tail` follows the last (`^C`).
 */
export function HeldLines({ prompt, lines, tail = '' }: { prompt: string; lines: string[]; tail?: string }) {
  if (!lines.length) return null;
  return (
    <pre className="terminal-wrap">
      <span className="text-term-prompt">{prompt}</span> {lines.join('\n')}
      {tail}
    </pre>
  );
}
