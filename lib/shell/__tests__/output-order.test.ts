import { describe, expect, it } from 'vitest';
import { type Chunk, flushOrder, runsOf, shownChunks } from '../output-order';

const flushed = (chunks: Chunk[], tty: boolean, flushesFirst = false) => {
  const out: Chunk[] = [];
  flushOrder(chunks, tty, flushesFirst, (fd, text) => out.push({ fd, text }));
  return out;
};

describe("a program's two streams on their way out", () => {
  const written: Chunk[] = [
    { fd: 1, text: 'Id Name\nweb' },
    { fd: 2, text: 'warning\n' },
    { fd: 1, text: '01\n' },
  ];
  it('a terminal gets stdout a line at a time: an unfinished line waits for its newline (stdio line buffering)', () => {
    expect(flushed(written, true)).toEqual([
      { fd: 1, text: 'Id Name\n' },
      { fd: 2, text: 'warning\n' },
      { fd: 1, text: 'web01\n' },
    ]);
  });
  it('a pipe or a file gets stdout at exit, after all of stderr (fully buffered)', () => {
    expect(flushed(written, false)).toEqual([
      { fd: 2, text: 'warning\n' },
      { fd: 1, text: 'Id Name\nweb01\n' },
    ]);
  });
  it('a program that flushes stdout before each error (virsh, glibc error()) keeps its order, half lines too', () => {
    expect(flushed(written, false, true)).toEqual([
      { fd: 1, text: 'Id Name\nweb' },
      { fd: 2, text: 'warning\n' },
      { fd: 1, text: '01\n' },
    ]);
    expect(flushed(written, true, true)).toEqual([
      { fd: 1, text: 'Id Name\n' },
      { fd: 1, text: 'web' },
      { fd: 2, text: 'warning\n' },
      { fd: 1, text: '01\n' },
    ]);
  });
});

describe("a transcript's runs", () => {
  it('are stored only when the order is not stdout, then stderr, and give the runs back', () => {
    expect(runsOf([{ fd: 1, text: 'a\n' }])).toBeUndefined();
    expect(
      runsOf([
        { fd: 1, text: 'a\n' },
        { fd: 2, text: 'e\n' },
      ]),
    ).toBeUndefined();
    const shown: Chunk[] = [
      { fd: 2, text: 'e\n' },
      { fd: 1, text: 'a\n' },
    ];
    const order = runsOf(shown);
    expect(order).toEqual([
      [2, 2],
      [1, 2],
    ]);
    expect(shownChunks({ stdout: 'a\n', stderr: 'e\n', order })).toEqual(shown);
    expect(shownChunks({ stdout: 'a\n', stderr: 'e\n' })).toEqual([...shown].reverse());
  });
});
