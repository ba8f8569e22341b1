import { quoteWord } from './tokenize';

/** A command as the console would run it: the tool, then each argument quoted as a shell word. */
export const commandLine = (tool: string, argv: readonly string[]) => [tool, ...argv.map(quoteWord)].join(' ');
