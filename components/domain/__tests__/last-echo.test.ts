import { describe, expect, it } from 'vitest';
import type { ApiEvent, Transcript } from '@/lib/api/contract';
import { type ConsoleRun, lastEcho } from '../last-echo';

const web01 = { host: 'kvm1', name: 'web01' };
const transcript = (seq: number, line: string, over: Partial<Transcript> = {}): Transcript => ({
  seq,
  time: seq * 1000,
  host: 'kvm1',
  cwd: '/root',
  line,
  stdout: '',
  stderr: '',
  status: 0,
  source: 'console',
  ...over,
});
const event = (domain: string): ApiEvent => ({
  id: `e-${domain}`,
  time: 0,
  host: 'kvm1',
  domain,
  type: 'lifecycle',
  event: 'Resumed',
  detail: 'Unpaused',
  text: `event 'lifecycle' for domain '${domain}': Resumed Unpaused`,
});
const run = (t: Transcript, events: ApiEvent[] = [], submittedAt = 10): ConsoleRun => ({
  submittedAt,
  result: { transcript: t, events },
});
const suspend = transcript(1, 'virsh suspend web01', { source: 'button', domain: 'web01' });

describe('the domain page’s last command', () => {
  it('is a console line run after the button when it names this domain', () => {
    const resume = transcript(2, 'virsh resume web01');
    expect(lastEcho(suspend, [run(resume)], web01, 0)).toBe(resume);
  });

  it('is a console line whose events are this domain’s, even when the line does not name it (a script, an id)', () => {
    const byId = transcript(2, 'virsh resume 1');
    expect(lastEcho(suspend, [run(byId, [event('web01')])], web01, 0)).toBe(byId);
  });

  it('stays the button’s when the console line came before it, acted on another domain or another host', () => {
    const before = transcript(0, 'virsh resume web01');
    const other = transcript(3, 'virsh resume db01', { stdout: "Domain 'db01' resumed" });
    const elsewhere = transcript(4, 'virsh resume web01', { host: 'kvm2' });
    const named = transcript(5, 'virsh list --all');
    expect(lastEcho(suspend, [run(before), run(other, [event('db01')]), run(elsewhere), run(named)], web01, 0)).toBe(
      suspend,
    );
  });

  it('leaves out lines run before the page opened, and runs still pending', () => {
    const old = transcript(2, 'virsh resume web01');
    expect(lastEcho(null, [run(old, [], 5), { submittedAt: 20, result: undefined }], web01, 10)).toBeNull();
  });

  it('does not take a longer name for this one (web01 is not web010)', () => {
    expect(lastEcho(null, [run(transcript(2, 'virsh start web010'))], web01, 0)).toBeNull();
    const quoted = transcript(3, "virsh start 'web01'");
    expect(lastEcho(null, [run(quoted)], web01, 0)).toBe(quoted);
  });
});
