import { formatKiB } from '../components/ui/format';
import { replayLesson } from '../lib/lessons/replay';
import type { Lesson } from '../lib/lessons/types';
import type { World } from '../lib/sim/types';
import { toDomain } from '../mocks/map';

/**
 * What the domain pages must show once a lesson is done, derived from the lesson data: replay its
 * solution on the simulator and keep every domain whose page would read differently than at the
 * start (state and reason, autostart, memory, vCPUs) — the same words the page renders.
 */
export interface DomainShown {
  host: string;
  name: string;
  /** The "Domain state" badge, e.g. "shut off(destroyed)"; null when the host no longer has the domain. */
  state: string | null;
  autostart: string;
  rows: Record<'Memory (current)' | 'Memory (maximum)' | 'vCPUs (online)', string>;
}

function shown(world: World): Map<string, DomainShown> {
  const out = new Map<string, DomainShown>();
  for (const h of world.hosts) {
    for (const dom of h.domains) {
      const d = toDomain(h, dom, []);
      const cells = (pick: (f: NonNullable<typeof d.live>) => string) =>
        `${d.live ? pick(d.live) : '—'}${d.config ? pick(d.config) : '—'}`;
      out.set(`${h.name}/${d.name}`, {
        host: h.name,
        name: d.name,
        state: `${d.state}${d.reason ? `(${d.reason})` : ''}`,
        autostart: `autostart ${d.autostart ? 'on' : 'off'}`,
        rows: {
          'Memory (current)': cells((f) => formatKiB(f.memoryKiB)),
          'Memory (maximum)': cells((f) => formatKiB(f.maxMemoryKiB)),
          'vCPUs (online)': cells((f) => String(f.vcpus)),
        },
      });
    }
  }
  return out;
}

export function goalPages(lesson: Lesson): DomainShown[] {
  const before = shown(lesson.world());
  const after = shown(replayLesson(lesson).world);
  const changed: DomainShown[] = [];
  for (const [key, a] of after) if (JSON.stringify(a) !== JSON.stringify(before.get(key))) changed.push(a);
  for (const [key, b] of before) if (!after.has(key)) changed.push({ ...b, state: null });
  return changed;
}
