import { describe, expect, it } from 'vitest';
import { ViLine } from '../vi-line';

const keys = (vi: ViLine, ks: string) => [...ks].map((k) => vi.key(k)).at(-1)!;

describe("the console's line in bash's vi mode (set -o vi)", () => {
  it('ESC steps back onto the last character; b, cw change the word and go back to inserting', () => {
    const vi = new ViLine([]);
    expect(vi.escape('virsh domstate web01', 20)).toEqual({
      text: 'virsh domstate web01',
      point: 19,
      insert: false,
      replace: false,
      done: false,
    });
    expect(vi.key('b').point).toBe(15);
    expect(vi.key('c')).toMatchObject({ text: 'virsh domstate web01', insert: false });
    expect(vi.key('w')).toEqual({ text: 'virsh domstate ', point: 15, insert: true, replace: false, done: false });
    // What was typed before the first ESC is not undoable; the change is one step.
    expect(vi.escape('virsh domstate db01', 19)).toMatchObject({ point: 18, insert: false });
    expect(vi.key('u').text).toBe('virsh domstate web01');
    expect(vi.key('u').text).toBe('virsh domstate web01');
    expect(keys(vi, '0dw')).toMatchObject({ text: 'domstate web01', point: 0 });
    expect(keys(vi, 'dd')).toMatchObject({ text: '', point: 0 });
    expect(vi.key('\r').done).toBe(true);
  });

  it('k and j walk the history with the point at the start; x, $, A', () => {
    const vi = new ViLine(['virsh list --all', 'virsh uri']);
    vi.escape('', 0);
    expect(vi.key('k')).toMatchObject({ text: 'virsh uri', point: 0 });
    expect(vi.key('k')).toMatchObject({ text: 'virsh list --all', point: 0 });
    expect(vi.key('j')).toMatchObject({ text: 'virsh uri', point: 0 });
    expect(keys(vi, '$x')).toMatchObject({ text: 'virsh ur', point: 7 });
    expect(vi.key('A')).toMatchObject({ point: 8, insert: true });
  });
});
