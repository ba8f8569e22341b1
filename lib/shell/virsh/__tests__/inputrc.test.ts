import { describe, expect, it } from 'vitest';
import { parseBinding, translate } from '../readline/bindings';
import { effectiveInputrc, emacsBindings } from '../readline/inputrc';

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

describe('key bindings (rl_parse_and_bind)', () => {
  it('translates key sequences and key names', () => {
    expect(translate('\\C-t\\M-z\\e\\\\\\"\\101\\x42\\d')).toBe('\u0014\u001bz\u001b\\"AB\u007f');
    expect(parseBinding('Control-o: yank')).toEqual(['\u000f', { keys: '\u0019' }]);
    expect(parseBinding('M-z: upcase-word')).toEqual(['\u001bz', { keys: '\u001bu' }]);
  });
  it('reads a macro, a function by name, and an unknown function as unbound', () => {
    expect(parseBinding('"\\C-y": "hello \\C-a#"')).toEqual(['\u0019', { macro: 'hello \u0001#' }]);
    expect(parseBinding('"\\C-t": no-such-function')).toEqual(['\u0014', { keys: null }]);
    expect(parseBinding('set bell-style none')).toBeUndefined();
  });
  it('keeps only what is bound in emacs mode, from the lines read', () => {
    const rc = '"\\C-t": kill-line\n$if mode=vi\n"\\C-b": yank\n$endif\nset editing-mode vi\n"\\C-o": yank\n';
    expect(emacsBindings(effectiveInputrc(rc)).map(([seq]) => seq)).toEqual(['\u0014']);
  });
});
