import { SETTINGS_KEY } from '@/lib/storage-keys';
import type { FirstAnswers } from './first-answers';
import { firstLatency } from './first-latency';

/** The built-in lab's early answers, computed by the build with the lab's own handlers (scripts/build-lab-worker.mjs). */
declare const FIRST_ANSWERS: FirstAnswers;

/**
 * The built-in lab's answers for the page itself (decision 080): a classic script of a few KiB, named by
 * its content, that the inline <head> script adds on a first visit (lib/browser/early-worker.ts). It
 * hands them over with the lab's latency setting, read as the store reads it; the page answers its
 * early GETs with them, and the lab's first entry checks meanwhile that nothing is stored.
 */
let raw: string | undefined;
try {
  raw = localStorage.getItem(SETTINGS_KEY) ?? undefined;
} catch {
  /* storage blocked: the default latency */
}
window.__virtlabLab?.answer?.(FIRST_ANSWERS, firstLatency(raw));
