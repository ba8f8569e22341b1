import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ShellRequest, ShellResult } from './contract';
import { invalidateWorldAfterPaint } from './invalidate';
import { lineKeys } from './world-keys';

/** A console line; a failing command is an answer (its status and stderr), not an error. */
export function useRunLine() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['shell'],
    mutationFn: (req: ShellRequest) => api<ShellResult>('/shell', { method: 'POST', json: req }),
    // A migration started at the console shows in the domain page's job panel at once (lineKeys).
    onSettled: () => refreshAfterLine(qc),
  });
}

/** After a console line: the world's queries on screen and the job panels', fetched together. */
export const refreshAfterLine = (qc: QueryClient) => invalidateWorldAfterPaint(qc, undefined, lineKeys);
