// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadShellTools } from '@/lib/browser/shell-tools';
import type { Transcript } from '@/lib/api/contract';
import { useConsoleInput } from '../use-console-input';

afterEach(cleanup);
// The shell's chunk (needsMoreInput), loaded once before the clock matters; awaited, not returned (a returned
// function would be vitest's teardown).
beforeAll(async () => {
  await loadShellTools();
}, 60_000);

describe('Enters typed while a line runs', () => {
  it('each line runs after the one before it has ended, as bash reads the next line only then', async () => {
    const started: string[] = [];
    const ends: (() => void)[] = [];
    const run = (line: string) =>
      new Promise<number | undefined>((end) => {
        started.push(line);
        ends.push(() => end(undefined));
      });
    const { result } = renderHook(() =>
      useConsoleInput({ host: 'kvm1', qemu: false, journal: [], domains: [], files: [], run }),
    );
    act(() => {
      void result.current.submit('cd /tmp');
      void result.current.submit('pwd');
    });
    await waitFor(() => expect(started).toEqual(['cd /tmp']), { timeout: 10_000 });
    // `pwd` waits while `cd /tmp` runs (was: both sent at once, and pwd ran in the old directory).
    await new Promise((r) => setTimeout(r, 50));
    expect(started).toEqual(['cd /tmp']);
    act(() => ends[0]());
    await waitFor(() => expect(started).toEqual(['cd /tmp', 'pwd']), { timeout: 10_000 });
  });

  it('`clear` typed while a line runs clears that line too, once it has ended (was: the journal of the Enter’s render)', async () => {
    const ends: (() => void)[] = [];
    const run = () => new Promise<number | undefined>((end) => ends.push(() => end(1)));
    const ls: Transcript = {
      seq: 1,
      time: 0,
      host: 'kvm1',
      cwd: '/root',
      line: 'ls',
      stdout: 'a\n',
      stderr: '',
      status: 0,
      source: 'console',
    };
    const { result, rerender } = renderHook(
      ({ journal }: { journal: Transcript[] }) =>
        useConsoleInput({ host: 'kvm1', qemu: false, journal, domains: [], files: [], run }),
      { initialProps: { journal: [] as Transcript[] } },
    );
    act(() => {
      void result.current.submit('ls');
      void result.current.submit('clear');
    });
    await waitFor(() => expect(ends).toHaveLength(1), { timeout: 10_000 });
    rerender({ journal: [ls] });
    act(() => ends[0]());
    await waitFor(() => expect(result.current.entries).toEqual([]), { timeout: 10_000 });
  });
});
