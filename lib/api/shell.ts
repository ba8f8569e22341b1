import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ShellRequest, ShellResult } from './contract';
import { invalidateWorldAfterPaint } from './invalidate';

/** A console line; a failing command is an answer (its status and stderr), not an error. */
export function useRunLine() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['shell'],
    mutationFn: (req: ShellRequest) => api<ShellResult>('/shell', { method: 'POST', json: req }),
    onSettled: () => invalidateWorldAfterPaint(qc),
  });
}
