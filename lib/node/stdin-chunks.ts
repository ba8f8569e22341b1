import type { Readable } from 'node:stream';
import type { MessageNote } from '../shell/l10n/message-note';

/**
 * Standard input as it arrives, bytes kept as latin1 characters (virsh reads bytes): readline
 * takes keys, not lines, so each chunk goes to it whole. A script larger than a pipe buffer
 * streams, and a slow writer sees each answer before it writes the next line.
 */
export async function* stdinChunks(input: Readable): AsyncGenerator<string> {
  for await (const chunk of input) yield (chunk as Buffer).toString('latin1');
}

/**
 * Writes stdout and stderr text in the order it was produced, one write per run of the same
 * stream: a 10,000-line script costs a few writes per chunk, not two per line.
 */
export class OrderedOutput {
  private parts: [1 | 2, string, MessageNote[]][] = [];
  /**
   * `localize` rewrites each run of text before it is written (virsh's Japanese messages), told
   * which message each noted error line came from (lib/shell/l10n/message-note.ts).
   */
  constructor(private localize: (fd: 1 | 2, text: string, notes: readonly MessageNote[]) => string = (_, t) => t) {}
  add(fd: 1 | 2, text: string, notes: readonly MessageNote[] = []) {
    if (!text) return;
    const last = this.parts[this.parts.length - 1];
    if (last && last[0] === fd) {
      last[1] += text;
      last[2].push(...notes);
    } else this.parts.push([fd, text, [...notes]]);
  }
  flush() {
    for (const [fd, text, notes] of this.parts)
      (fd === 1 ? process.stdout : process.stderr).write(Buffer.from(this.localize(fd, text, notes), 'latin1'));
    this.parts = [];
  }
}
