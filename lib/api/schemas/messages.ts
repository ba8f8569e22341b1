import type * as z from 'zod';

/**
 * Error messages quote at most a short prefix of what was sent: a 1 MB name must not come back
 * in the answer, the journal or the event log.
 */
export const clip = (s: string, max = 48) => (s.length > max ? `${s.slice(0, max)}…` : s);

/** The first problem of a failed parse, as one short sentence: `field: what is wrong`. */
export function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the request is malformed';
  const where = issue.path.map((p) => clip(String(p), 32)).join('.');
  const what =
    issue.code === 'unrecognized_keys'
      ? `unknown field '${clip(issue.keys[0] ?? '', 32)}'`
      : issue.code === 'invalid_type' && issue.expected === 'object'
        ? 'must be a JSON object'
        : issue.message;
  // Our own messages name their field already ("size must be a whole number").
  const named = issue.code === 'unrecognized_keys' || what.startsWith(String(issue.path.at(-1)));
  return clip(where && !named ? `${where}: ${what}` : what, 200);
}
