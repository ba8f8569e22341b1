import type { XenCliInput, XenCliOutput } from '../xen-cli';

// Placeholder until the xl dialect lands (being written now): behaves like a host without xl installed.
export function xlMain(input: XenCliInput): XenCliOutput {
  return { stdout: '', stderr: '-bash: xl: command not found\n', status: 127, world: input.world };
}
