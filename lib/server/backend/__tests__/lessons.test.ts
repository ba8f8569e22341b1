import { describe, expect, it } from 'vitest';
import { lessons } from '@/lib/lessons/registry';
import { lessonsElsewhere, simulatorUrl } from '../lessons';

describe('Learn on a real libvirt backend', () => {
  it('lists every built-in lesson, none started, and says they run elsewhere', () => {
    const list = lessonsElsewhere({});
    expect(list.lessons.map((l) => l.id)).toEqual(lessons.map((l) => l.id));
    expect(list.lessons.every((l) => l.done === 0 && !l.active && l.steps > 0)).toBe(true);
    expect(list).toMatchObject({ active: null, elsewhere: { simulatorUrl: null } });
  });

  it('links the simulated lab only at an http(s) address', () => {
    expect(simulatorUrl({ VIRTLAB_SIMULATOR_URL: ' https://lab.example/learn ' })).toBe('https://lab.example/learn');
    expect(simulatorUrl({ VIRTLAB_SIMULATOR_URL: 'javascript:alert(1)' })).toBeNull();
    expect(simulatorUrl({ VIRTLAB_SIMULATOR_URL: 'not a url' })).toBeNull();
    expect(lessonsElsewhere({ VIRTLAB_SIMULATOR_URL: 'http://127.0.0.1:3000/' }).elsewhere?.simulatorUrl).toBe(
      'http://127.0.0.1:3000/',
    );
  });
});
