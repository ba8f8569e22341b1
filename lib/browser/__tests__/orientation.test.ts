import { describe, expect, it } from 'vitest';
import { ORIENTED_KEY } from '@/lib/storage-keys';
import { orientedScript } from '../orientation';

/** Runs the inline script against a page whose storage and cookie are given; true when it marked the page. */
function marks({ stored, cookie = '', throws = false }: { stored?: string; cookie?: string; throws?: boolean }) {
  const attributes = new Map<string, string>();
  const document = {
    cookie,
    documentElement: { setAttribute: (k: string, v: string) => attributes.set(k, v) },
  };
  const localStorage = {
    getItem: (k: string) => {
      if (throws) throw new Error('SecurityError');
      return k === ORIENTED_KEY ? (stored ?? null) : null;
    },
  };
  new Function('document', 'localStorage', orientedScript)(document, localStorage);
  return attributes.has('data-oriented');
}

describe('the orientation’s inline script', () => {
  it('leaves it shown on a first visit', () => {
    expect(marks({})).toBe(false);
  });
  it('hides it once dismissed', () => {
    expect(marks({ stored: '2026-12-06T10:00:00.000Z' })).toBe(true);
  });
  it('hides it when storage cannot be read (it would show on every page)', () => {
    expect(marks({ throws: true })).toBe(true);
  });
  it('hides it on a real libvirt backend', () => {
    expect(marks({ cookie: 'virtlab-backend=test%3A%2F%2F%2Fdefault' })).toBe(true);
  });
});
