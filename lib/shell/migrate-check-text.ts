/**
 * The English of the migrate dialog's preconditions, by code. The UI words the same codes from
 * messages/*.json (`migrateCheck.label.*`, `migrateCheck.reason.*`); a test holds messages/en.json
 * to these word for word. `{message}` is libvirt's or xend's own text, never translated.
 */
export const CHECK_LABELS = {
  stateRunning: 'Domain is running',
  statePersistent: 'Domain is persistent',
  stateActive: 'Domain is active',
  flags: 'Options fit together',
  job: 'No other job on the domain',
  target: 'Target host exists',
  reachable: 'Target reachable',
  hypervisor: 'Same hypervisor',
  name: 'No other domain of that name on the target',
  memory: 'Enough free memory on the target',
  relocation: 'Xen relocation allowed',
  hvm: 'Target can run the guest',
  pins: 'vCPU pins fit the target',
  // The real-libvirt backend's two (lib/server/backend/migrate.ts).
  driver: 'The driver migrates',
  anotherHost: 'Another host',
} as const;

export const CHECK_REASONS = {
  xmState: '{name} is {state}',
  xmNotRunning: '{name} is {state}: xm migrates running domains only (Domain is not running)',
  hasDefinition: '{name} has a persistent definition to move',
  transient: '{name} is transient: --offline moves a definition, and it has none',
  copyable: '{name} is {state}: its memory can be copied',
  shutOff: "{name} is shut off: nothing runs to copy; only --offline --persistent moves a stopped domain's definition",
  liveAndOffline: '--live and --offline exclude each other',
  offlineNeedsPersistent: '--offline needs --persistent (it moves only the definition)',
  libvirt: '{message}',
  xmFlags: 'xm migrate takes only --live',
  xlFlags: 'xl migrate takes no flags: it always migrates live',
  flagsOk: 'no conflicting flags',
  noJob: 'no job running',
  jobRunning: 'a migration of {name} is already running',
  noHost: "no host '{target}'",
  answers: '{hostname} answers',
  noAnswer: '{hostname} does not answer (it is off the network)',
  sameHypervisor: '{from} to {to}',
  sameHost: 'the target is the source host',
  otherHypervisor: '{from} cannot migrate to {to}',
  nameFree: '{target} has no other {name}',
  nameFreeKept:
    "{target} has no other {name} (it keeps this domain's shut-off definition, which the migration activates)",
  nameTaken: '{target} already has a domain {other} ({state}) with that name',
  sameUuidActive: '{target} already has a domain {other} ({state}) with the same uuid, active',
  offlineNoMemory: 'nothing to hold: --offline copies no memory',
  memoryFree: '{target} has {free} free; {name} needs {need}',
  relocationOk: "{target}'s xend accepts relocations from {source}",
  relocationRefused: "{target}'s xend-config.sxp: {message}",
  hvmOk: '{target} has VT-x/AMD-V for an HVM guest',
  pv: 'paravirtualized: runs on any Xen host',
  noHvm: "{name} is an HVM guest and {target}'s CPU has no VT-x/AMD-V",
  pinsFit: '{target} has CPUs 0-{last}',
  pinBeyond: "{name}'s vCPU {vcpu} is pinned to CPU {cpu}; {target} has CPUs 0-{last}",
} as const;

export type CheckLabel = keyof typeof CHECK_LABELS;
export type CheckReasonCode = keyof typeof CHECK_REASONS;
export interface CheckReason {
  code: CheckReasonCode;
  values: Record<string, string>;
}
