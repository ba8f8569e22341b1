import type { QueryClient } from '@tanstack/react-query';

/** Everything a command can change: a click or a typed line may touch any host's domains and files, and the running lesson's progress. */
export const worldKeys = [['domains'], ['hosts'], ['events'], ['journal'], ['files'], ['lessons']] as const;

export const invalidateWorld = (qc: QueryClient) => Promise.all(worldKeys.map((queryKey) => qc.invalidateQueries({ queryKey })));
