'use client';

import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Tooltip } from 'radix-ui';
import { useState, type ReactNode } from 'react';
import { toast, Toaster } from 'sonner';
import { ApiError } from '@/lib/api/client';
import { LabGate } from '@/components/lab/LabGate';
import { MockGate } from '@/components/lab/MockGate';

/** Failed mutations toast libvirt's message; the event log keeps it too (the server journals it). */
function makeClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: (n, e) => !(e instanceof ApiError) && n < 2, refetchOnWindowFocus: false, staleTime: 5_000 },
    },
    mutationCache: new MutationCache({
      onError: (e) => {
        const title = e instanceof ApiError && e.transcript ? e.transcript.line : 'Request failed';
        toast.error(title, { description: e.message });
      },
    }),
  });
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(makeClient);
  return (
    <QueryClientProvider client={client}>
      <Tooltip.Provider delayDuration={200}>
        <MockGate>
          <LabGate>{children}</LabGate>
        </MockGate>
      </Tooltip.Provider>
      <Toaster richColors closeButton position="bottom-right" toastOptions={{ className: 'font-sans' }} />
    </QueryClientProvider>
  );
}
