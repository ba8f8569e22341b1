/** Words of a command line, quoted strings kept whole, with the spaces between them. */
const PIECES = /'[^']*'|"[^"]*"|[^\s'"]+|\s+|['"]/g;

const blank = (word: string) => '_'.repeat(Math.max(3, word.length));

/**
 * The middle rung of the hint ladder: the command with the words to recall left blank — the
 * subcommand (or a tool's first operand) and every option — and the rest as it is, so the learner
 * sees the shape (`virsh _______ ______ db01 qemu+ssh://kvm2.lab/system`). Each tool of a pipeline
 * keeps its name; a one-word line is blanked whole.
 */
export function blankedLine(line: string): string {
  // A one-word line (a monitor's `stop`) is all to recall.
  if (/^\S+$/.test(line.trim())) return blank(line.trim());
  let words = 0;
  let subcommandBlanked = false;
  return (line.match(PIECES) ?? [])
    .map((piece) => {
      if (/^\s+$/.test(piece)) return piece;
      if (piece === '|') {
        words = 0;
        subcommandBlanked = false;
        return piece;
      }
      words++;
      if (words === 1) return piece;
      if (piece.startsWith('-')) return blank(piece);
      if (!subcommandBlanked) {
        subcommandBlanked = true;
        return blank(piece);
      }
      return piece;
    })
    .join('');
}
