/**
 * One word for virsh's own command-line parser (vshCommandStringGetArg), which the interactive
 * session reads: inside single quotes nothing is special, and a quote is closed, escaped and
 * reopened (`'a'\''b'`). So `;`, `$(…)`, `#`, spaces and quotes reach libvirt as plain text.
 * A line break would end the command early: such a word is refused (libvirt refuses a name with
 * one anyway, virXMLCheckIllegalChars).
 */
export function virshWord(word: string): string | null {
  if (/[\n\r\0]/.test(word)) return null;
  return `'${word.replaceAll("'", "'\\''")}'`;
}

/** A command's words as one line for the session, or null when a word cannot be sent on one line. */
export function virshLine(argv: readonly string[]): string | null {
  const words = argv.map(virshWord);
  return words.every((w) => w !== null) ? words.join(' ') : null;
}
