import { runConsoleLine } from '../shell/console';
import type { ConsoleLang, VirshL10n } from '../shell/shell-env';
import { nextGuestChange, pendingGuestRequests } from '../sim/ops/guest-request';
import { advanceJobs } from '../sim/ops/migrate/advance';
import type { World } from '../sim/types';
import { stepCommand } from './commands';
import { observe, startProgress, type LessonProgress } from './progress';
import type { CommandRecord, Lesson, Step } from './types';

export interface ReplayedStep {
  step: Step;
  command: CommandRecord;
  now: number;
  /** The world just before the step ran. */
  before: World;
  stdout: string;
  stderr: string;
  /** The step's check on the world just before it (must be false: the step does something). */
  heldBefore: boolean;
  /** The step's check right after it. */
  held: boolean;
}

export interface Replay {
  goalAtStart: boolean;
  steps: ReplayedStep[];
  goalAtEnd: boolean;
  world: World;
  progress: LessonProgress;
}

/** 2025-01-06 09:00 UTC: a fixed start so replays are reproducible. */
export const REPLAY_START = Date.UTC(2025, 0, 6, 9, 0, 0);

/** The clock never goes back: after a blocking migration the world's latest event may be ahead. */
const latestEvent = (w: World) => w.events.reduce((t, e) => Math.max(t, e.time), 0);

/**
 * Waits, as a learner does, until the guests have answered the shutdowns and reboots just asked of
 * them (the lab's QEMU and Xen guests take a few simulated seconds; a paused one waits for resume).
 */
export function settleGuests(world: World): World {
  const due = pendingGuestRequests(world).flatMap((p) => nextGuestChange(p.domain) ?? []);
  if (!due.length) return world;
  // A guest's answer may start another change (QEMU ends after a power-off): settle until none is left.
  return settleGuests(advanceJobs(world, Math.max(...due)).world);
}

/**
 * Runs a lesson's solution on its starting world through the console, exactly as typed (a click
 * runs its button's virsh line), `gapMs` apart, checking each step before and after it — after
 * the guests have answered a shutdown or reboot the step asked for.
 */
/** The language the replay's tools print in (the page's, for a refusal it words): its LANG and libvirt's catalogue. */
export interface ReplayLocale {
  lang?: ConsoleLang;
  l10n?: VirshL10n;
}

export function replayLesson(
  lesson: Lesson,
  opts: { start?: number; gapMs?: number; locale?: ReplayLocale } = {},
): Replay {
  const gap = opts.gapMs ?? 5000;
  let world = lesson.world();
  let now = opts.start ?? REPLAY_START;
  let progress = startProgress(lesson);
  const goalAtStart = lesson.goal(world);
  const steps: ReplayedStep[] = [];
  lesson.solution.forEach((d, i) => {
    const step = lesson.steps[i];
    now = Math.max(now + gap, Math.ceil(latestEvent(world)) + gap);
    const heldBefore = step.check(world, { now, commands: [] });
    const cmd = stepCommand(d, world);
    const before = world;
    const r = runConsoleLine({ world, host: cmd.host, line: cmd.line, now, ...opts.locale });
    world = settleGuests(r.world);
    const command: CommandRecord = { ...cmd, status: r.status };
    const held = step.check(world, { now, commands: [command] });
    progress = observe(lesson, progress, world, now, command);
    steps.push({ step, command, now, before, stdout: r.stdout, stderr: r.stderr, heldBefore, held });
  });
  return { goalAtStart, steps, goalAtEnd: lesson.goal(world), world, progress };
}
