import { delay } from 'msw';
import { problem } from '@/lib/api/answers';
import { advanceLab } from './advance';
import { clock } from './clock';
import { announce } from '@/lib/browser/lab-channel';
import { labReadable } from './lab-status';
import { loadLessonReader, lessonStore } from './lessons';
import { exclusive } from './persist/exclusive';
import { takeTouched } from './persist/touched';
import { store, type Lab } from './store';

export {
  badRequest,
  noDomain,
  noHost,
  notFound,
  type Parsed,
  parse,
  problem,
  queryOf,
  readJson,
} from '@/lib/api/answers';

/** The simulated network: the lab's latency setting (zero in tests). */
export async function latency() {
  const ms = store().settings().latencyMs;
  if (ms > 0) await delay(ms);
}

/**
 * A bug must not reach the learner as MSW's 500 with a stack trace: an exception becomes a JSON
 * 500 with a short message, and the error is logged once, here.
 */
function internalError(e: unknown) {
  console.error('VirtLab API: unexpected error', e);
  return problem(500, 'INTERNAL_ERROR', 'The lab hit an unexpected error; nothing was saved.');
}

/** `fn`, its exceptions answered as a JSON 500: the handlers that do not touch the lab. */
export async function safely(fn: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    return internalError(e);
  }
}

/**
 * Latency, then `fn` on the lab alone (no other request, in this tab or another, meanwhile):
 * the lab as the last request left it, whichever tab sent it; the change `fn` made written
 * before the answer, and refused with a 507 when the browser does not keep it — a command that
 * a reload would undo must not be answered 200. Other tabs then hear of the change.
 */
export async function answer(fn: () => Response | Promise<Response>): Promise<Response> {
  await latency();
  return exclusive(async (continued) => {
    if (await store().sync(continued)) {
      clock().reload();
      lessonStore().reload();
    }
    if (lessonStore().hasCustom()) await loadLessonReader();
    takeTouched();
    let res: Response;
    try {
      res = await fn();
    } catch (e) {
      store().rollback();
      rereadBeside();
      return internalError(e);
    }
    const saved = await store().persist(takeTouched());
    if (!saved.ok) {
      rereadBeside();
      return storageRefused(saved.why);
    }
    if (saved.wrote !== null) announce(saved.wrote);
    return res;
  });
}

/** The clock and lesson progress as the store has them again after a rollback. */
function rereadBeside() {
  clock().reload();
  lessonStore().reload();
}

const storageRefused = (why: 'budget' | 'refused') =>
  problem(
    507,
    'STORAGE_FULL',
    why === 'budget'
      ? 'The lab would outgrow the space it may take in this browser; nothing was changed. Reset the lab or remove big files.'
      : 'The browser refused to save the lab (its storage is full); nothing was changed.',
    // The app words it in the page's language from the kind (app/providers.tsx).
    { reason: { kind: why } },
  );

/**
 * Keeps a lab that time moved (a guest answered a shutdown, a migration landed), and lets the
 * running lesson see it as it sees a command's change: a state the guest passes through while only
 * a page's poll is asking (shut off, before the learner boots it again) is still credited.
 */
export function commitMoved(lab: Lab, now: number): void {
  store().commit(lab);
  lessonStore().observe(lab.world, now);
}

/**
 * Runs `fn` on the lab as of the lab clock's `now`, or answers 503 while the stored lab cannot be
 * read (the app shows recovery). Jobs move with time first, so every answer — a poll, a list, a
 * command — sees a migration where it is now; a fast-forward ends with the last job.
 */
export function withLab(fn: (lab: Lab, now: number) => Response | Promise<Response>): Promise<Response> {
  return answer(() => {
    const stored = store().lab();
    if (!stored || !labReadable())
      return problem(503, 'STORE_UNREADABLE', 'The saved lab cannot be read; reset it or download the raw data.');
    const now = clock().now();
    const lab = advanceLab(stored, now);
    if (lab !== stored) commitMoved(lab, now);
    if (clock().rate() !== 1 && !lab.world.hosts.some((h) => h.domains.some((d) => d.job))) clock().setRate(1);
    return fn(lab, now);
  });
}

type RunLine = typeof import('./run-line').runLine;

/**
 * `withLab` for a handler that runs a line (./run-line.ts). The shell — with virsh's help tables,
 * its grammar — is a chunk of the lab's worker of its own, loaded here on first use (and by the
 * worker when idle, mocks/worker/lab.worker.ts), so the lab's first answers do not wait for it.
 */
export async function withShell(
  fn: (lab: Lab, now: number, runLine: RunLine) => Response | Promise<Response>,
): Promise<Response> {
  const { runLine } = await import('./run-line');
  return withLab((lab, now) => fn(lab, now, runLine));
}
