import type { DomainState } from './types';

/** virDomainState with its reasons (virsh's words, from virshDomain*ReasonToString). */
export const domainStates: readonly DomainState[] = [
  'no state',
  'running',
  'idle',
  'paused',
  'in shutdown',
  'shut off',
  'crashed',
  'pmsuspended',
];

export const stateReasons: Record<DomainState, readonly string[]> = {
  'no state': ['unknown'],
  running: [
    'unknown',
    'booted',
    'migrated',
    'restored',
    'from snapshot',
    'unpaused',
    'migration canceled',
    'save canceled',
    'event wakeup',
    'crashed',
    'post-copy',
    'post-copy failed',
  ],
  idle: ['unknown'],
  paused: [
    'unknown',
    'user',
    'migrating',
    'saving',
    'dumping',
    'I/O error',
    'watchdog',
    'from snapshot',
    'shutting down',
    'creating snapshot',
    'crashed',
    'starting up',
    'post-copy',
    'post-copy failed',
  ],
  'in shutdown': ['unknown', 'user'],
  'shut off': ['unknown', 'shutdown', 'destroyed', 'crashed', 'migrated', 'saved', 'failed', 'from snapshot', 'daemon'],
  crashed: ['unknown', 'panicked'],
  pmsuspended: ['unknown'],
};

/** A domain is active when it has a live definition: anything but shut off. */
export const isActive = (state: DomainState) => state !== 'shut off';
