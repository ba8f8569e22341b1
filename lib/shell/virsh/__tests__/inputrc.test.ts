import { describe, expect, it } from 'vitest';
import { parseBinding, translate } from '../readline/bindings';
import { readInitFile } from '../readline/inputrc';

/** bind.c's $if / $else / $endif as virsh 9.0's readline 8.2 reads them (scenarios stdin-inputrc-conditional*). */
describe('readInitFile: conditionals', () => {
  // Each probe line binds ^A to a macro of its own name; what is bound shows which lines were read.
  const probe = (text: string) => text.replace(/^([A-C])$/gm, '"\\C-a": "$1"');
  const kept = (text: string) => {
    const init = readInitFile(probe(text), '~/.inputrc');
    const lines = text.split('\n').filter((l) => /^set /.test(l));
    const bound = [...init.keymaps.emacs, ...init.keymaps['vi-insert']].map(([, b]) => ('macro' in b ? b.macro : ''));
    return [...lines, ...bound];
  };
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
    expect(parseBinding('Control-o: yank')).toEqual(['\u000f', { keys: '\u0019', name: 'yank' }]);
    expect(parseBinding('M-z: upcase-word')).toEqual(['\u001bz', { keys: '\u001bu', name: 'upcase-word' }]);
  });
  it('reads a macro, a function by name, and an unknown function as unbound', () => {
    expect(parseBinding('"\\C-y": "hello \\C-a#"')).toEqual(['\u0019', { macro: 'hello \u0001#' }]);
    expect(parseBinding('"\\C-t": no-such-function')).toEqual(['\u0014', { keys: null, name: 'no-such-function' }]);
    expect(parseBinding('set bell-style none')).toBeUndefined();
  });
  it('binds into the keymap in force: emacs, vi-insert after `set editing-mode vi`, any after `set keymap`', () => {
    const rc =
      '"\\C-t": kill-line\n$if mode=vi\n"\\C-b": yank\n$endif\nset editing-mode vi\n"\\C-o": yank\n' +
      'set keymap vi-command\n"z": end-of-line\nset keymap emacs-ctlx\n"\\C-y": yank\nset keymap emacs-meta\n"z": yank\n';
    const { keymaps, mode } = readInitFile(rc, '~/.inputrc');
    expect(mode).toBe('vi');
    expect(keymaps.emacs.map(([seq]) => seq)).toEqual(['\u0014', '\u0018\u0019', '\u001bz']);
    expect(keymaps['vi-insert'].map(([seq]) => seq)).toEqual(['\u000f']);
    expect(keymaps['vi-command'].map(([seq]) => seq)).toEqual(['z']);
  });
  it('editing-mode takes any value beginning vi or emacs; keymap names in any case', () => {
    expect(readInitFile('set editing-mode vim\n', 'f').mode).toBe('vi');
    expect(readInitFile('set keymap VI-INSERT\n"\\C-x": "q"\n', 'f').keymaps['vi-insert']).toHaveLength(1);
  });
});

/** bind.c's variables and _rl_init_file_error, compared with virsh 9.0 (scenario stdin-inputrc-variables). */
describe('readInitFile: variables and errors', () => {
  it('a boolean set with no value, on or 1 is on; anything else off; the first word only', () => {
    const on = (v: string) => readInitFile(`set show-all-if-ambiguous${v}\n`, 'f').showAllIfAmbiguous;
    expect([on(''), on('   '), on(' On'), on(' 1'), on(' on extra')]).toEqual([true, true, true, true, true]);
    expect([on(' off'), on(' yes'), on(' 0'), on(' 11')]).toEqual([false, false, false, false]);
  });
  it('names an unknown variable and a value it cannot set, with the file and line', () => {
    const rc =
      '# c\n\nset foo-bar on\nset\nset editing-mode foo\nset keymap nope\nset bell-style loud\nset comment-begin\n';
    expect(readInitFile(rc, '~/.inputrc').errors).toBe(
      'readline: ~/.inputrc: line 3: foo-bar: unknown variable name\n' +
        'readline: ~/.inputrc: line 4: : unknown variable name\n' +
        "readline: ~/.inputrc: line 5: editing-mode: could not set value to `foo'\n" +
        "readline: ~/.inputrc: line 6: keymap: could not set value to `nope'\n" +
        "readline: ~/.inputrc: line 7: bell-style: could not set value to `loud'\n" +
        "readline: ~/.inputrc: line 8: comment-begin: could not set value to `'\n",
    );
  });
  it('names a key binding it cannot read', () => {
    expect(readInitFile('foo\nFoo-x: yank\n"\\C-x\n', '/r').errors).toBe(
      'readline: /r: line 1: foo: no key sequence terminator\n' +
        'readline: /r: line 2: Foo-x: unknown key modifier\n' +
        'readline: /r: line 3: "\\C-x: no closing `"\' in key binding\n',
    );
  });
  it('reads nothing in a false $if branch, errors included', () => {
    expect(readInitFile('$if mode=vi\nset bogus\n$endif\nset bogus2\n', 'f').errors).toBe(
      'readline: f: line 4: bogus2: unknown variable name\n',
    );
  });
});
