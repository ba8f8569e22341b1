// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadShellTools } from '@/lib/browser/shell-tools';
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
      new Promise<void>((end) => {
        started.push(line);
        ends.push(end);
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
});
