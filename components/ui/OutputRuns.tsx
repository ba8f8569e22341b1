import type { Chunk } from '@/lib/shell/output-order';

/**
 * A program's output as the terminal showed it: stdout and stderr runs in the order written (decision 082),
 * stderr in the error colour. `className` is the block's, `errClassName` an error run's own.
 */
export function OutputRuns({
  runs,
  className,
  errClassName = 'text-term-err',
}: {
  runs: readonly Chunk[];
  className: string;
  errClassName?: string;
}) {
  return (
    <pre className={className}>
      {runs.map((c, i) =>
        c.fd === 1 ? (
          c.text
        ) : (
          <span key={i} className={errClassName}>
            {c.text}
          </span>
        ),
      )}
    </pre>
  );
}
