import type { ApiLessonList } from '@/lib/api/contract';
import { lessons } from '@/lib/lessons/registry';

/** VIRTLAB_SIMULATOR_URL, when it is an http(s) address: where the page links for the lessons. */
export function simulatorUrl(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.VIRTLAB_SIMULATOR_URL?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Learn on a real host (docs/decisions/028): the built-in lessons, none started, and where they run.
 * A lesson starts by replacing the lab with its own world; VirtLab never does that to real guests.
 */
export const lessonsElsewhere = (env?: Record<string, string | undefined>): ApiLessonList => ({
  active: null,
  lessons: lessons.map((l) => ({
    id: l.id,
    title: l.title,
    concept: l.concept,
    summary: l.summary,
    steps: l.steps.length,
    done: 0,
    complete: false,
    completedBefore: false,
    active: false,
  })),
  elsewhere: { simulatorUrl: simulatorUrl(env) },
});
