import type { XenCliInput, XenCliOutput } from '../xen-cli';

// Placeholder until the xm dialect lands (being written now): behaves like a host without xm installed.
export function xmMain(input: XenCliInput): XenCliOutput {
  return { stdout: '', stderr: '-bash: xm: command not found\n', status: 127, world: input.world };
}
