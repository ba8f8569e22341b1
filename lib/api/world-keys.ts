/**
 * Everything a command can change: a click or a typed line may touch any host's domains and files,
 * the running lesson's progress, and the undo history.
 */
export const worldKeys = [
  ['domains'],
  ['hosts'],
  ['events'],
  ['journal'],
  ['files'],
  ['lessons'],
  ['history'],
] as const;

/**
 * What a typed line can change besides: a migration it starts (`virsh migrate`, `xl migrate`) or ends
 * (`virsh domjobabort`) — the job panels, which poll only while a job they know of runs.
 */
export const lineKeys = [...worldKeys, ['job']] as const;
