import type { Transcript } from '@/lib/api/contract';

/** The command a button ran, echoed with exactly what the tool printed. */
export function LastCommand({ transcript }: { transcript: Transcript | null }) {
  return (
    <section
      aria-labelledby="last-command"
      className="rounded-lg border border-line bg-term-bg p-3 font-mono text-sm text-term-fg"
    >
      <h2 id="last-command" className="mb-1 font-sans text-xs font-semibold uppercase tracking-wide text-term-fg/80">
        Last command
      </h2>
      {transcript ? (
        <div role="status" aria-label="Last command output">
          <div>
            <span className="text-term-prompt">root@{transcript.host}:~#</span> {transcript.line}
          </div>
          {transcript.stdout && <pre className="whitespace-pre-wrap break-all">{transcript.stdout}</pre>}
          {transcript.stderr && <pre className="whitespace-pre-wrap break-all text-term-err">{transcript.stderr}</pre>}
        </div>
      ) : (
        <p className="text-term-fg/80">Each button runs a virsh command; it appears here with its output.</p>
      )}
    </section>
  );
}
