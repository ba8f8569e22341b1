import { describe, expect, it } from 'vitest';
import { yajlParse } from '../yajl-parse';

const caret = `${' '.repeat(21)}(right here) ------^\n`;
const error = (text: string) => {
  const r = yajlParse(text);
  return r.ok ? r.kind : r.error;
};

describe('yajlParse (libvirt 9.0 over yajl 2.1)', () => {
  it('tells an object from other values', () => {
    expect(error('{"execute":"query-status","arguments":{"a":[1,-0.5e3,true,null]}}')).toBe('object');
    expect(error(' [1] ')).toBe('array');
    expect(error('99999999999999999999999')).toBe('scalar');
  });

  it('puts the caret one past a refused character, on a byte a lookahead refused', () => {
    expect(error('{a}')).toBe(`lexical error: invalid char in json text.\n${' '.repeat(38)}{a}\n${caret}`);
    expect(error('{"a":1.e}')).toBe(
      `lexical error: malformed number, a digit is required after the decimal point.\n${' '.repeat(33)}{"a":1.e}\n${caret}`,
    );
  });

  it('cancels on a key given twice, as escapes decode', () => {
    expect(error('{"a":1,"\\u0061":2}')).toMatch(/^parse error: client cancelled parse via callback return value\n/);
  });

  it('counts a premature end from the one space yajl_complete_parse adds', () => {
    expect(error('{"a":"x}')).toBe(`parse error: premature EOF\n${' '.repeat(39)}{"a":"x}\n${caret}`);
  });

  it('steps back over an unexpected token inside a map, not inside an array', () => {
    // After `"bcd"` the offset is 12: a map steps back over the string's 3 bytes, an array does not.
    expect(error('{"a":1 "bcd"}').split('\n')[1]).toBe(`${' '.repeat(31)}{"a":1 "bcd"}`);
    expect(error('{"a":[1 "bcd"]}').split('\n')[1]).toBe(`${' '.repeat(27)}{"a":[1 "bcd"]}`);
  });

  it('shows 30 bytes either side of a far offset, newlines as spaces', () => {
    // The caret sits on `2` (offset 47, stepped back over it): bytes 17 to 48 are shown.
    const lines = error(`{"${'k'.repeat(40)}":\n1 2}`).split('\n');
    expect(lines[1]).toBe(`${' '.repeat(10)}${'k'.repeat(25)}": 1 2}`);
  });
});
