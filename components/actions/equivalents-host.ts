'use client';

import { createContext, useContext } from 'react';
import type { Driver } from '@/lib/api/contract';

export interface CommandHost {
  name: string;
  driver: Driver;
}

/** The host whose commands a page shows: its forms' equivalent commands are for that host. */
export const EquivalentsHost = createContext<CommandHost | null>(null);

/** `host`, else the nearest EquivalentsHost; null where the host is not known (every dialect is shown). */
export function useEquivalentsHost(host?: CommandHost): CommandHost | null {
  const fromPage = useContext(EquivalentsHost);
  return host ?? fromPage;
}
