import { describe, expect, it } from 'vitest';
import { newer, older, onDraft, searchFor, searchLine, searchOlder, searchPrompt, startSearch } from '../line-history';

const history = ['virsh list --all', 'virsh start web01', 'xm list', 'virsh dominfo web01'];

describe('↑/↓ through the history', () => {
  it('keeps the line being typed and gives it back below the newest line', () => {
    const up = older(history, onDraft, 'virsh sus');
    expect(up?.line).toBe('virsh dominfo web01');
    const up2 = older(history, up!.recall, up!.line);
    expect(up2?.line).toBe('xm list');
    const down = newer(history, up2!.recall);
    expect(down?.line).toBe('virsh dominfo web01');
    expect(newer(history, down!.recall)).toEqual({ recall: onDraft, line: 'virsh sus' });
  });
  it('stops at the oldest line, and does nothing below the line being typed or with no history', () => {
    const oldest = { at: 0, draft: '' };
    expect(older(history, oldest, 'virsh list --all')).toBeNull();
    expect(newer(history, onDraft)).toBeNull();
    expect(older([], onDraft, 'x')).toBeNull();
  });
});

describe('Ctrl+R: reverse incremental search', () => {
  it('finds the newest line holding the string, then older ones; the prompt is bash’s', () => {
    let s = startSearch('draft');
    expect(searchPrompt(s)).toBe("(reverse-i-search)`':");
    expect(searchLine(history, s)).toBe('draft');
    s = searchFor(history, s, 'w');
    s = searchFor(history, s, 'we');
    expect(searchLine(history, s)).toBe('virsh dominfo web01');
    s = searchOlder(history, s);
    expect(searchLine(history, s)).toBe('virsh start web01');
    s = searchOlder(history, s);
    expect(s.failed).toBe(true);
    expect(searchPrompt(s)).toBe("(failed reverse-i-search)`we':");
    expect(searchLine(history, s)).toBe('virsh start web01');
  });
  it('keeps the match while the string still fits it, and fails on a string nothing holds', () => {
    let s = searchFor(history, startSearch(''), 'xm');
    expect(searchLine(history, s)).toBe('xm list');
    s = searchFor(history, s, 'xm l');
    expect(searchLine(history, s)).toBe('xm list');
    s = searchFor(history, s, 'xm lz');
    expect(s).toMatchObject({ failed: true, match: 2 });
    // Rubbing out a character searches again from the newest line.
    expect(searchLine(history, searchFor(history, s, 'l'))).toBe('xm list');
  });
});
