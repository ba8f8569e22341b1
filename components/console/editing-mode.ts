import type { ApiHost, Transcript } from '@/lib/api/contract';

/**
 * Each host's console session in this page load. A page load opens a new terminal on the host, as the
 * console's working directory already says (it starts at /root): a new bash, which reads root's
 * ~/.inputrc before its first prompt (the host's `editingMode`) — a `set -o` run in an earlier
 * session is not carried over. Kept outside React so that the drawer and the /console page share it.
 */
const sessions = new Map<string, { after: number; mode: 'vi' | 'emacs' }>();

/**
 * vi keys at this host's console: the last `set -o vi|emacs` run in this session, else the mode the
 * session's bash read from ~/.inputrc when it started. False until the journal and the host are known.
 */
export function consoleVi(host: string, journal: Transcript[] | undefined, hosts: ApiHost[] | undefined): boolean {
  const info = hosts?.find((h) => h.name === host);
  if (!journal || !info) return false;
  const last = journal.at(-1)?.seq ?? 0;
  const known = sessions.get(host);
  // A new session — or the lab was reset (the journal starts again): a new bash on a new host.
  if (!known || last < known.after) sessions.set(host, { after: last, mode: info.editingMode ?? 'emacs' });
  const session = sessions.get(host)!;
  const set = journal.findLast((t) => t.host === host && t.editing && t.seq > session.after)?.editing;
  return (set ?? session.mode) === 'vi';
}
