'use client';

import { useState } from 'react';
import { ApiError } from '@/lib/api/client';
import type { ActionArgs, DomainAction, Transcript } from '@/lib/api/contract';
import { useDomainAction } from '@/lib/api/domains';

/** Runs a domain's actions and remembers the last command with the tool's output, for the echo panel. */
export function useDomainCommand(host: string, name: string) {
  const mutation = useDomainAction();
  const [last, setLast] = useState<Transcript | null>(null);
  const [failure, setFailure] = useState<{ action: DomainAction; message: string } | null>(null);
  const run = (action: DomainAction, args: ActionArgs = {}, onSuccess?: () => void) => {
    setFailure(null);
    mutation.run(
      { host, name, action, args },
      {
        onSuccess: (r) => {
          setLast(r.transcript);
          onSuccess?.();
        },
        onError: (e) => {
          if (e instanceof ApiError && e.transcript) setLast(e.transcript);
          setFailure({ action, message: e.message });
        },
      },
    );
  };
  /** libvirt's message when `action` last failed, for the form that sent it. (`show` echoes a command run elsewhere: migrate.) */
  const failureOf = (action: DomainAction) => (failure?.action === action ? failure.message : null);
  return {
    run,
    last,
    failureOf,
    pending: mutation.isPending ? (mutation.variables?.action ?? null) : null,
    show: setLast,
  };
}

export type DomainCommand = ReturnType<typeof useDomainCommand>;
