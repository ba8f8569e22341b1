/**
 * A command line that wraps only at its spaces: each word is kept whole (a path breaks neither
 * inside a word nor after its hyphens, "xend-/config.sxp"); a word longer than the line scrolls
 * inside the box (the `command-wrap` utility) instead of widening the page.
 */
export function Command({ line, className = '' }: { line: string; className?: string }) {
  return (
    <code className={`font-mono command-wrap ${className}`}>
      {line.split(/(\s+)/).map((part, i) =>
        /^\s+$/.test(part) ? (
          part
        ) : (
          <span key={i} className="whitespace-nowrap">
            {part}
          </span>
        ),
      )}
    </code>
  );
}
