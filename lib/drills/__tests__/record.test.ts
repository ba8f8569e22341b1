import { describe, expect, it } from 'vitest';
import { parseQuestionId, question, sessionIds } from '../generate';
import { isRight } from '../judge';
import { COME_BACK_AFTER, dueReview, emptyRecord, readRecord, recordAnswer } from '../record';

const q = (id: string, tags = ['351.4', 'libvirt'] as const) => ({ id, tags: [...tags] });

describe('the drill record', () => {
  it('scores each of a question’s tags', () => {
    let r = recordAnswer(emptyRecord(), q('domstate-1'), true);
    r = recordAnswer(r, q('refused-2', ['351.4', 'libvirt']), false);
    expect(r.scores['351.4']).toEqual({ right: 1, total: 2 });
    expect(r.scores.xen).toBeUndefined();
  });

  it('brings a missed question back after a few others, and drops it once answered right', () => {
    let r = recordAnswer(emptyRecord(), q('domstate-1'), false);
    const all = () => true;
    for (let i = 0; i < COME_BACK_AFTER - 1; i++) {
      expect(dueReview(r, all)).toBeNull();
      r = recordAnswer(r, q(`refused-${i}`), true);
    }
    expect(dueReview(r, all)).toBeNull();
    r = recordAnswer(r, q('refused-9'), true);
    expect(dueReview(r, all)).toBe('domstate-1');
    expect(dueReview(r, (id) => id.startsWith('xen'))).toBeNull();
    r = recordAnswer(r, q('domstate-1'), true);
    expect(r.queue).toEqual([]);
  });

  it('starts over from a stored value it cannot read', () => {
    expect(readRecord({ version: 2 })).toEqual(emptyRecord());
    expect(readRecord('x')).toEqual(emptyRecord());
    const r = recordAnswer(emptyRecord(), q('domstate-1'), false);
    expect(readRecord(JSON.parse(JSON.stringify(r)))).toEqual(r);
  });
});

describe('sessions and typed answers', () => {
  it('a session holds only questions carrying a chosen tag, the same for the same seed', () => {
    const ids = sessionIds(42, ['xen'], 12);
    expect(sessionIds(42, ['xen'], 12)).toEqual(ids);
    for (const id of ids) {
      const p = parseQuestionId(id)!;
      expect(question(p.kind, p.seed).tags).toContain('xen');
    }
    for (const id of sessionIds(5, [], 12, 3)) {
      const p = parseQuestionId(id)!;
      expect(question(p.kind, p.seed).difficulty).toBe(3);
    }
    expect(parseQuestionId('nope-1')).toBeNull();
    expect(parseQuestionId('domstate-1e9')).toBeNull();
  });

  it('accepts a typed command that reaches the same state, not only the listed one', () => {
    const seed = Array.from({ length: 200 }, (_, i) => i).find((s) => {
      const x = question('xen-equivalent', s);
      return x.values.command.startsWith('virsh setmem') && x.values.tool === 'xl';
    })!;
    const x = question('xen-equivalent', seed);
    expect(isRight(x, `xl mem-set ${x.values.domain} 512m`)).toBe(true);
    expect(isRight(x, `xl mem-set ${x.values.domain} 512`)).toBe(true);
    expect(isRight(x, `xl mem-set ${x.values.domain} 256`)).toBe(false);
    expect(isRight(x, x.values.command)).toBe(false);
  });

  it('accepts a typed downtime within ±10 % and a typed output with other spacing', () => {
    const d = question('downtime', 7);
    const ms = Number.parseFloat(d.explanation.values.ms);
    expect(isRight(d, String(Math.round(ms * 1.09)))).toBe(true);
    expect(isRight(d, String(Math.round(ms * 1.12) + 1))).toBe(false);
    const s = question('domstate', 3);
    expect(isRight(s, `  ${s.choices[s.answer].replace(' ', '   ')} `)).toBe(true);
    expect(isRight(s, 'running')).toBe(false);
  });
});
