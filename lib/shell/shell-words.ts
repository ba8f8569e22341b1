/**
 * Splits a console line the way a POSIX shell would for our purposes: words with '…', "…" and
 * \ quoting; `;` and `&&` separate commands; `|` separates the stages of a pipeline.
 */
export type ShellWords = { ok: true; commands: string[][][] } | { ok: false; error: string };

export function shellWords(line: string): ShellWords {
  const commands: string[][][] = [];
  let pipeline: string[][] = [];
  let words: string[] = [];
  let word: string | null = null;
  const endWord = () => {
    if (word !== null) words.push(word);
    word = null;
  };
  const endStage = () => {
    endWord();
    if (words.length) pipeline.push(words);
    words = [];
  };
  const endCommand = () => {
    endStage();
    if (pipeline.length) commands.push(pipeline);
    pipeline = [];
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const j = line.indexOf("'", i + 1);
      if (j < 0) return { ok: false, error: "unexpected EOF while looking for matching `''" };
      word = (word ?? '') + line.slice(i + 1, j);
      i = j;
    } else if (c === '"') {
      let j = i + 1,
        acc = '';
      while (j < line.length && line[j] !== '"') {
        if (line[j] === '\\' && ['"', '\\', '$', '`'].includes(line[j + 1])) {
          acc += line[j + 1];
          j += 2;
        } else acc += line[j++];
      }
      if (j >= line.length) return { ok: false, error: 'unexpected EOF while looking for matching `"\'' };
      word = (word ?? '') + acc;
      i = j;
    } else if (c === '\\') {
      word = (word ?? '') + (line[i + 1] ?? '');
      i++;
    } else if (c === ' ' || c === '\t') endWord();
    else if (c === ';' || c === '\n') endCommand();
    else if (c === '&' && line[i + 1] === '&') {
      endCommand();
      i++;
    } else if (c === '|') endStage();
    else if (c === '#' && word === null) break;
    else word = (word ?? '') + c;
  }
  endCommand();
  return { ok: true, commands };
}
