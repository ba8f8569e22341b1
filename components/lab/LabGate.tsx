'use client';

import type { ReactNode } from 'react';
import { useLabStatus } from '@/lib/api/lab';
import { RecoveryScreen } from './RecoveryScreen';

/** A stored lab that cannot be read gets the recovery screen, never a blank page. */
export function LabGate({ children }: { children: ReactNode }) {
  const status = useLabStatus();
  if (status.isPending) return <p role="status" className="p-8 text-muted">Loading the lab…</p>;
  if (status.isError) return <p role="alert" className="p-8 text-danger">The lab API did not answer: {status.error.message}</p>;
  if (status.data.status === 'unreadable') return <RecoveryScreen status={status.data} />;
  return <>{children}</>;
}
