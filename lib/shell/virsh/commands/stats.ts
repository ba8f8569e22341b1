import type { VirshCommand } from './types';

export const statsCommands: VirshCommand[] = [];
