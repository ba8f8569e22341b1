import { describe, expect, it } from 'vitest';
import { wordedFor } from '@/lib/browser/tool-output';
import { runConsoleLine } from '@/lib/shell/console';
import { virshJa } from '@/lib/shell/l10n/ja';
import { chunksOf, runsOf, shownChunks } from '@/lib/shell/output-order';
import { labWorld } from '@/lib/sim/worlds/lab';

/** A button's line as the journal keeps it: English bytes, both texts, the order when it is not stdout first. */
function buttonTranscript(line: string) {
  const r = runConsoleLine({ world: labWorld(), host: 'kvm1', line, now: 1000 });
  const order = runsOf(r.output);
  return { line, stdout: r.stdout, stderr: r.stderr, ...(order ? { order } : {}) };
}

/** What ConsoleEntry shows on a Japanese page (its runs through useToolOutput). */
function shownOnJapanesePage(t: ReturnType<typeof buttonTranscript>) {
  const out = wordedFor({ ...t, chunks: shownChunks(t) }, true, virshJa);
  return out.chunks ?? chunksOf(out);
}

describe("a button's virsh line re-worded for a Japanese page keeps the terminal's order", () => {
  it("the error, then virsh's blank line after it (was: the blank line first)", () => {
    const t = buttonTranscript('virsh suspend nosuch');
    expect(t.order).toEqual([
      [2, t.stderr.length],
      [1, 1],
    ]);
    const runs = shownOnJapanesePage(t);
    expect(runs.map((c) => c.fd)).toEqual([2, 1]);
    expect(runs[0].text).toMatch(/^エラー: /);
    expect(runs[1].text).toBe('\n');
  });

  it('a line whose order is stdout, then stderr, is worded as before', () => {
    const t = buttonTranscript('virsh list --name');
    expect(shownOnJapanesePage(t)).toEqual([{ fd: 1, text: 'web01\ndb01\nwin10\n\n' }]);
  });
});
