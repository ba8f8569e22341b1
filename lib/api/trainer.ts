import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { CrashResult } from './contract';
import { domainPath } from './domains';
import { refreshTogether } from './refresh-together';

/** The trainer's "crash the guest": its kernel panics now, on_crash decides (decision 055). */
export function useCrashGuest() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['crash'],
    mutationFn: ({ host, name }: { host: string; name: string }) =>
      api<CrashResult>(`${domainPath(host, name)}/crash`, { method: 'POST' }),
    onSettled: () => void refreshTogether(qc),
  });
}
