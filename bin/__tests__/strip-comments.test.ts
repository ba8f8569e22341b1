import { describe, expect, it } from 'vitest';
import { stripComments } from '../strip-comments';

describe('stripComments (what the Japanese catalogue generator reads)', () => {
  it('drops line and block comments', () => {
    expect(stripComments('const a = 1; // domain started\n/** guest interface */\nb();')).toBe(
      'const a = 1; \n \nb();',
    );
  });

  it('keeps strings, template literals and their embedded code as written', () => {
    const src = ['f(\'a // b\', "c /* d */", `e $', "{g('h') /* i */} // j`);"].join('');
    expect(stripComments(src)).toBe(['f(\'a // b\', "c /* d */", `e $', "{g('h')  } // j`);"].join(''));
  });

  it('keeps regular expressions holding quotes and slashes, and reads division as division', () => {
    const src = "const r = /['\"]\\/[/]/g; return /x'/.test(s) ? a / b : c; // 'opened'";
    expect(stripComments(src)).toBe("const r = /['\"]\\/[/]/g; return /x'/.test(s) ? a / b : c; ");
  });

  it('reads a keyword on its own line before a regular expression', () => {
    expect(stripComments("x\nreturn /'/.test(y); // 'z'")).toBe("x\nreturn /'/.test(y); ");
  });
});
