/**
 * Lines in the input that have not run yet: those bash continues on its `> ` prompt (a here-document,
 * an open quote) and a bracketed paste's, which stay in the line as a terminal shows them — one
 * under the other, without a prompt — until Enter runs them all.
 */
export function HeldLines({ prompt, pending, pasted }: { prompt: string; pending: string[]; pasted: string[] }) {
  if (!pending.length && !pasted.length) return null;
  const lines = [
    ...pending.map((l, i) => (i ? `> ${l}` : l)),
    ...pasted.map((l, i) => (i || !pending.length ? l : `> ${l}`)),
  ];
  return (
    <pre className="terminal-wrap">
      <span className="text-term-prompt">{prompt}</span> {lines.join('\n')}
    </pre>
  );
}
