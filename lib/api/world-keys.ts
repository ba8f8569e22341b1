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
