import type { UndoList } from './buffer';

/** A history line and the undo list of the changes made to it while it was being edited. */
export interface HistoryEntry {
  line: string;
  data: UndoList;
}

/**
 * GNU history as virsh sets it up: a list stifled at 500 entries (vshReadlineInit), a position
 * that previous_history/next_history move, at the end when a line starts (using_history).
 */
export class History {
  entries: HistoryEntry[] = [];
  offset = 0;
  /** Nothing was ever added: history_list() is NULL and ^P does nothing, not even ring. */
  get empty() {
    return this.entries.length === 0;
  }

  constructor(readonly max = 500) {}

  add(line: string) {
    this.entries.push({ line, data: null });
    if (this.entries.length > this.max) this.entries.shift();
  }
  /** using_history */
  rewind() {
    this.offset = this.entries.length;
  }
  current(): HistoryEntry | undefined {
    return this.entries[this.offset];
  }
  previous(): HistoryEntry | undefined {
    if (this.offset === 0) return undefined;
    return this.entries[--this.offset];
  }
  next(): HistoryEntry | undefined {
    if (this.offset === this.entries.length) return undefined;
    return this.entries[++this.offset];
  }
  /** replace_history_data: entries holding the released undo list now hold its successor. */
  replaceData(old: UndoList, next: UndoList) {
    for (const e of this.entries) if (e.data === old) e.data = next;
  }
}

/** The kill ring (kill.c): ten slots, the newest last; consecutive kills grow one slot. */
export class KillRing {
  slots: string[] = [];
  index = 0;
  constructor(readonly max = 10) {}

  /**
   * _rl_copy_to_kill_ring: a new slot, or the last one grown when the previous command killed too
   * (in vi mode replaced instead: `ywyw` keeps one word).
   */
  copy(text: string, append: boolean, continues: boolean, vi = false) {
    if (!continues || this.slots.length === 0) {
      if (this.slots.length === this.max) this.slots.shift();
      this.slots.push(text);
    } else {
      const last = this.slots.length - 1;
      this.slots[last] = vi ? text : append ? this.slots[last] + text : text + this.slots[last];
    }
    this.index = this.slots.length - 1;
  }
  get current(): string | undefined {
    return this.slots[this.index];
  }
  /** yank-pop's rotation towards older kills. */
  rotate() {
    this.index = this.index === 0 ? this.slots.length - 1 : this.index - 1;
  }
}
