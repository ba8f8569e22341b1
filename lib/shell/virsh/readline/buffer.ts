import { charLength } from './mbchar';

/**
 * readline's line buffer with its undo list (undo.c, text.c): every insertion and deletion is
 * recorded unless it is an undo being done; a typed character extends the insertion it follows,
 * up to 20 characters; commands that make several changes group them between BEGIN and END.
 */
export interface UndoRecord {
  what: 'insert' | 'delete' | 'begin' | 'end';
  start: number;
  end: number;
  text: string;
}
/** A linked list as readline keeps it: a history entry is changed when it holds the same head. */
export type UndoList = { record: UndoRecord; next: UndoList } | null;

export class LineBuffer {
  text = '';
  point = 0;
  /** rl_mark: set by ^@, a yank, a kill backwards; ^X^X swaps it with the point. */
  mark = 0;
  undo: UndoList = null;
  private undoing = false;
  /** A UTF-8 locale: typed characters are inserted one by one (see type). */
  mb = false;
  /** Called with the released head and the new one after each undo step (replace_history_data). */
  onUndoStep: (released: UndoList, head: UndoList) => void = () => {};

  private add(what: UndoRecord['what'], start: number, end: number, text = '') {
    this.undo = { record: { what, start, end, text }, next: this.undo };
  }

  /** rl_insert_text at the point, which then follows the text. */
  insert(s: string) {
    if (s === '') return;
    const at = this.point;
    this.text = this.text.slice(0, at) + s + this.text.slice(at);
    if (!this.undoing) {
      const top = this.undo?.record;
      if (s.length === 1 && top?.what === 'insert' && top.end === at && top.end - top.start < 20) top.end++;
      else this.add('insert', at, at + s.length);
    }
    this.point += s.length;
  }

  /**
   * Typed characters (rl_insert's batch of typeahead): each one extends the insertion record it
   * follows while that holds fewer than 20 characters, else starts a new one.
   */
  type(run: string) {
    if (this.mb) {
      // rl_insert_text per character: a multibyte one starts an insertion record of its own.
      for (let i = 0; i < run.length; ) {
        const n = charLength(run, i, true);
        this.insert(run.slice(i, i + n));
        i += n;
      }
      return;
    }
    const at = this.point;
    this.text = this.text.slice(0, at) + run + this.text.slice(at);
    this.point += run.length;
    let i = 0;
    const top = this.undo?.record;
    if (top?.what === 'insert' && top.end === at && top.end - top.start < 20) {
      const n = Math.min(run.length, 20 - (top.end - top.start));
      top.end += n;
      i = n;
    }
    while (i < run.length) {
      const n = Math.min(run.length - i, 20);
      this.add('insert', at + i, at + i + n);
      i += n;
    }
  }

  /** rl_delete_text: the point is the caller's to set. */
  delete(from: number, to: number): string {
    const [a, b] = from < to ? [from, to] : [to, from];
    const removed = this.text.slice(a, b);
    if (a === b) return '';
    this.text = this.text.slice(0, a) + this.text.slice(b);
    if (!this.undoing) this.add('delete', a, b, removed);
    return removed;
  }

  beginGroup() {
    if (!this.undoing) this.add('begin', 0, 0);
  }
  endGroup() {
    if (!this.undoing) this.add('end', 0, 0);
  }

  /** rl_modifying: the text between start and end is about to be changed in place. */
  modifying(start: number, end: number) {
    const [a, b] = start < end ? [start, end] : [end, start];
    if (a === b) return;
    this.beginGroup();
    this.add('delete', a, b, this.text.slice(a, b));
    this.add('insert', a, b);
    this.endGroup();
  }

  /** rl_replace_line: new text, the undo list kept (the caller sets it). */
  replace(text: string) {
    this.text = text;
    this.point = Math.min(this.point, text.length);
  }

  /** rl_do_undo: false when there is nothing to undo. `ding` is rung for a BEGIN without its END. */
  undoOnce(ding: () => void): boolean {
    let waiting = 0;
    do {
      if (this.undo === null) return false;
      const { record } = this.undo;
      this.undoing = true;
      if (record.what === 'delete') {
        this.point = Math.min(record.start, this.text.length);
        this.insert(record.text);
      } else if (record.what === 'insert') {
        this.delete(record.start, record.end);
        this.point = Math.min(record.start, this.text.length);
      } else if (record.what === 'end') waiting++;
      else if (waiting) waiting--;
      else ding();
      this.undoing = false;
      const released = this.undo;
      this.undo = this.undo.next;
      this.onUndoStep(released, this.undo);
    } while (waiting);
    return true;
  }
}
