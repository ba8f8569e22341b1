import { describe, expect, it } from 'vitest';
import { effectiveInputrc } from '../readline/inputrc';

/** bind.c's $if / $else / $endif as virsh 9.0's readline 8.2 reads them (scenarios stdin-inputrc-conditional*). */
describe('effectiveInputrc', () => {
  const kept = (text: string) => effectiveInputrc(text).split('\n').filter(Boolean);
  it('reads mode= against the editing mode set so far', () => {
    expect(kept('$if mode=vi\nA\n$else\nB\n$endif\n')).toEqual(['B']);
    expect(kept('set editing-mode vi\n$if mode=vi\nA\n$endif\n')).toEqual(['set editing-mode vi', 'A']);
  });
  it('reads term=, version and the application name (any case); anything else is false', () => {
    expect(kept('$if term=dumb\nA\n$endif\n$if term=xterm\nB\n$endif\n')).toEqual(['A']);
    expect(kept('$if version >= 8.0\nA\n$endif\n$if version < 8\nB\n$endif\n')).toEqual(['A']);
    expect(kept('$if Virsh\nA\n$endif\n$if bash\nB\n$endif\n$if mode = emacs\nC\n$endif\n')).toEqual(['A']);
  });
  it('nests: an inner $else is read only when the outer test held', () => {
    expect(kept('$if bash\n$if term=xterm\nA\n$else\nB\n$endif\n$else\nC\n$endif\n')).toEqual(['C']);
    expect(kept('$if virsh\n$if term=xterm\nA\n$else\nB\n$endif\n$endif\n')).toEqual(['B']);
  });
});
