import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { afterNextPaint } from '@/lib/browser/after-paint';
import { refreshTogether } from './refresh-together';
import { worldKeys } from './world-keys';

/** Refetches every world query but `fresh`, which a command's answer has just filled. */
export const invalidateWorld = (qc: QueryClient, fresh?: QueryKey) => {
  const skip = fresh && hashKey(fresh);
  return Promise.all(
    worldKeys.map((queryKey) => qc.invalidateQueries({ queryKey, predicate: (q) => q.queryHash !== skip })),
  );
};

/**
 * After a command whose answer is already in the cache: the world refetches once the frame that
 * shows the answer has been painted, so the refetches never delay it. The queries on screen are
 * fetched together and their answers enter the cache in one batch (./refresh-together.ts): one
 * render and one paint for the five or so of them, not one each (decision 042). Not awaited: the
 * command's pending state ends with its answer.
 */
export const invalidateWorldAfterPaint = (qc: QueryClient, fresh?: QueryKey, keys: readonly QueryKey[] = worldKeys) =>
  afterNextPaint(() => void refreshTogether(qc, [], { keys, fresh }));
