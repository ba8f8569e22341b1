import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { afterNextPaint } from '@/lib/browser/after-paint';

/**
 * Everything a command can change: a click or a typed line may touch any host's domains and files,
 * the running lesson's progress, and the undo history.
 */
export const worldKeys = [
  ['domains'],
  ['hosts'],
  ['events'],
  ['journal'],
  ['files'],
  ['lessons'],
  ['history'],
] as const;

/** Refetches every world query but `fresh`, which a command's answer has just filled. */
export const invalidateWorld = (qc: QueryClient, fresh?: QueryKey) => {
  const skip = fresh && hashKey(fresh);
  return Promise.all(
    worldKeys.map((queryKey) => qc.invalidateQueries({ queryKey, predicate: (q) => q.queryHash !== skip })),
  );
};

/**
 * After a command whose answer is already in the cache: the world refetches once the frame that
 * shows the answer has been painted, so the refetches (their handlers run on this page's main
 * thread) never delay it. Not awaited: the command's pending state ends with its answer.
 */
export const invalidateWorldAfterPaint = (qc: QueryClient, fresh?: QueryKey) =>
  afterNextPaint(() => void invalidateWorld(qc, fresh));
