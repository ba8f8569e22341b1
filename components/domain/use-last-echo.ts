'use client';

import { useMutationState } from '@tanstack/react-query';
import { useState } from 'react';
import type { ShellResult, Transcript } from '@/lib/api/contract';
import { type ConsoleRun, lastEcho } from './last-echo';

/** The last command on this domain, a button's or a console line's (./last-echo.ts), since the page opened. */
export function useLastEcho(host: string, name: string, button: Transcript | null): Transcript | null {
  const [since] = useState(() => Date.now());
  const runs = useMutationState<ConsoleRun>({
    filters: { mutationKey: ['shell'], status: 'success' },
    select: (m) => ({ submittedAt: m.state.submittedAt, result: m.state.data as ShellResult | undefined }),
  });
  return lastEcho(button, runs, { host, name }, since);
}
