/**
 * What vi mode keeps between commands (vi_mode.c's statics): `.` repeats the last command that
 * changed the text, with its count and motion; an insertion's text is kept for it; `r`'s
 * character and `f F t T`'s search outlive the line, as readline keeps them.
 */
export class ViState {
  /** _rl_vi_last_command and _rl_vi_last_repeat: `i` until a text-changing command ran. */
  lastCommand = 'i';
  lastCount = 1;
  /** _rl_vi_last_motion: what the last d c or y moved over (`d` for dd). */
  lastMotion = '';
  /** vi_insert_buffer: what the last insertion (or c, s, R) typed. */
  insertText = '';
  /** _rl_vi_last_replacement (r) */
  replacement = '';
  /** f F t T: the direction first typed (; repeats it, , turns it) and the character. */
  searchDir = 0;
  searchChar = '';
  /** _rl_vi_redoing: `.` is running a command again. */
  redoing = false;
}

/** vi mode's state for one line (_rl_vi_initialize_line): the marks, and how insert mode was entered. */
export class ViLineState {
  /** vi_mark_chars: `m` a–z, set on this line only. */
  readonly marks = new Map<string, number>();
  /** _rl_vi_doing_insert: c, s, S and R keep what they typed for `.` when ESC ends them. */
  doingInsert = false;
  /** _rl_vi_last_key_before_insert */
  keyBeforeInsert = 'i';
  /** vi_replace_count: characters R overwrote; null when not in R's replace mode. */
  replaced: number | null = null;
}

/** vi_textmod: the keys `.` can repeat. */
export const textModifying = (c: string) => '_*\\AaIiCcDdPpYyRrSsXx~'.includes(c);
/** vi_motion: the keys d c and y take. */
export const isMotion = (c: string) => ' hl^$0ftFT;,%wbeWBE|`'.includes(c);
