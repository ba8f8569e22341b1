import type { ApiEvent, Transcript } from './contract';

/** A failed command joins the event log with the tool's last error line (every backend). */
export function errorEvent(t: Transcript, domain: string | null): ApiEvent {
  const lines = t.stderr.trim().split('\n');
  const message = lines[lines.length - 1]?.replace(/^error: /, '') ?? '';
  return {
    id: `c${t.seq}`,
    time: t.time,
    host: t.host,
    domain,
    type: 'error',
    event: 'error',
    detail: message,
    text: `${t.line}: ${message}`,
  };
}
