/**
 * The console's history keys as bash's readline has them: ↑/↓ (Ctrl+P/N) walk the lines typed
 * before, the line being typed is kept and comes back below the newest; Ctrl+R searches backwards
 * for a line holding the string typed so far, bash's `(reverse-i-search)` prompt in place of the
 * shell's. Pure functions of the history (oldest first) so the hook only holds their state.
 */
export interface Recall {
  /** The history line shown, or null on the line being typed. */
  at: number | null;
  /** The line being typed when the history was entered. */
  draft: string;
}

export const onDraft: Recall = { at: null, draft: '' };

/** ↑: the line before the one shown (the line being typed is kept). Null when there is none. */
export function older(history: string[], r: Recall, line: string): { recall: Recall; line: string } | null {
  const at = r.at === null ? history.length - 1 : r.at - 1;
  if (at < 0) return null;
  return { recall: { at, draft: r.at === null ? line : r.draft }, line: history[at] };
}

/** ↓: the line after the one shown; past the newest, the line that was being typed. */
export function newer(history: string[], r: Recall): { recall: Recall; line: string } | null {
  if (r.at === null) return null;
  if (r.at + 1 >= history.length) return { recall: onDraft, line: r.draft };
  return { recall: { at: r.at + 1, draft: r.draft }, line: history[r.at + 1] };
}

export interface Search {
  query: string;
  /** The history line found, or null while nothing is. */
  match: number | null;
  failed: boolean;
  /** The line as it was when the search began: Ctrl+G puts it back. */
  original: string;
}

/** The newest line before `before` that holds `query`; null when none does. */
function findBack(history: string[], query: string, before: number): number | null {
  for (let i = Math.min(before, history.length) - 1; i >= 0; i--) if (history[i].includes(query)) return i;
  return null;
}

export const startSearch = (line: string): Search => ({ query: '', match: null, failed: false, original: line });

/** A new query (a key typed or rubbed out): searched from the match shown, or from the newest line. */
export function searchFor(history: string[], s: Search, query: string): Search {
  if (query === '') return { ...s, query, failed: false };
  const grown = query.startsWith(s.query) && s.match !== null;
  const match = findBack(history, query, grown && s.match !== null ? s.match + 1 : history.length);
  return match === null ? { ...s, query, failed: true } : { ...s, query, match, failed: false };
}

/** Ctrl+R again: the next older line holding the query. */
export function searchOlder(history: string[], s: Search): Search {
  if (s.query === '' || s.match === null) return s.query === '' ? s : searchFor(history, s, s.query);
  const match = findBack(history, s.query, s.match);
  return match === null ? { ...s, failed: true } : { ...s, match, failed: false };
}

/** What bash prints in place of the prompt while it searches (tool output: never translated). */
export const searchPrompt = (s: Search) => `(${s.failed ? 'failed ' : ''}reverse-i-search)\`${s.query}':`;

/** The line the search shows: the match, or the line it began on. */
export const searchLine = (history: string[], s: Search) => (s.match === null ? s.original : history[s.match]);
