'use client';

import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiError } from '@/lib/api/client';
import { LabGate } from '@/components/lab/LabGate';
import { MockGate } from '@/components/lab/MockGate';
import { toastError, Toasts } from '@/components/lab/Toasts';

/** Failed mutations toast libvirt's message; the event log keeps it too (the server journals it). */
function makeClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: (n, e) => !(e instanceof ApiError) && n < 2, refetchOnWindowFocus: false, staleTime: 5_000 },
    },
    mutationCache: new MutationCache({
      onError: (e) => toastError(e instanceof ApiError && e.transcript ? e.transcript.line : 'Request failed', e.message),
    }),
  });
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(makeClient);
  return (
    <QueryClientProvider client={client}>
      <MockGate>
        <LabGate>{children}</LabGate>
      </MockGate>
      <Toasts />
    </QueryClientProvider>
  );
}
