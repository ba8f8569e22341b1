import { parseMigrationArgs } from '../../sim/migration/cli-args';
import { simulateMigration } from '../../sim/migration/model';
import type { Rng } from '../rng';
import { drillLab } from '../start';
import type { Question } from '../types';

/** The migration-model command (npm run migration-model --) whose plan answers a downtime question. */
export const MODEL_COMMAND = 'migration-model';

/** The downtime `line` (a migration-model command) gives, in ms; null when the line is not one. */
export function modelDowntime(line: string): number | null {
  const [tool, ...argv] = line.split(' ');
  if (tool !== MODEL_COMMAND) return null;
  const parsed = parseMigrationArgs(argv);
  return parsed.ok ? simulateMigration(parsed.params).downtime_ms : null;
}

/** Within ±10 % of the model's answer: how precisely a learner can be asked to estimate. */
export const closeEnough = (guess: number, truth: number) => Math.abs(guess - truth) <= truth * 0.1;

/** Below this a downtime is not a figure anyone estimates (a few pages at line rate): not asked. */
const MIN_MS = 5;
/** The model's figure as the explanation quotes it: three significant figures. */
export const modelMs = (ms: number) => `${Number(ms.toPrecision(3))} ms`;

/** Two significant figures, as one quotes an estimate. */
const rounded = (ms: number) => Number(ms.toPrecision(2));
export const msChoice = (ms: number) => `${rounded(ms)} ms`;

/** "About how long is the downtime of this migration (guest, link and rules given)?" */
export function downtimeQuestion(r: Rng, seed: number): Question {
  // Draws until the model gives a downtime (a migration that never converges has none to ask about).
  for (;;) {
    const q = drawModel(r);
    if (q.truth !== null && q.truth >= MIN_MS && q.converged) return downtimeOf(q, seed, r);
  }
}

function drawModel(r: Rng) {
  const policy = r.pick(['qemu', 'xen'] as const);
  const live = r.next() < 0.8;
  const memory = r.pick([512, 1024, 2048, 4096]);
  const bandwidth = r.pick([30, 60, 117, 250, 1170]);
  const dirty = r.pick([8, 24, 64]);
  const wws = memory / r.pick([4, 8, 16]);
  const limit = r.pick([100, 300, 500]);
  const args = [
    `--mode ${live ? 'live' : 'offline'} --policy ${policy} --memory-mib ${memory} --bandwidth-mibps ${bandwidth}`,
    `--dirty-rate-mibps ${dirty} --wws-mib ${wws}`,
    ...(policy === 'qemu' ? [`--downtime-limit-ms ${limit}`] : []),
  ].join(' ');
  const line = `${MODEL_COMMAND} ${args}`;
  const parsed = parseMigrationArgs(args.split(' '));
  const plan = parsed.ok ? simulateMigration(parsed.params) : null;
  return {
    policy,
    live,
    memory,
    bandwidth,
    dirty,
    wws,
    limit,
    line,
    truth: plan?.downtime_ms ?? null,
    converged: plan?.stop_reason !== 'no-convergence',
  };
}

function downtimeOf(m: ReturnType<typeof drawModel>, seed: number, r: Rng): Question {
  const { policy, live, memory, bandwidth, dirty, wws, limit, line } = m;
  const truth = m.truth!;
  const right = msChoice(truth);
  // Wrong answers are off by a factor a learner gets from a slip (bits for bytes, a round too many):
  // every one is far outside ±10 %, and so is the right answer from each of them.
  const factors = r.shuffle([0.1, 0.25, 0.5, 2, 4, 8]).slice(0, 3);
  const choices = r.shuffle([right, ...factors.map((f) => msChoice(truth * f))]);
  return {
    id: `downtime-${seed}`,
    kind: 'downtime',
    seed,
    // QEMU's downtime-limit is a QEMU migration parameter (351.3); the pre-copy theory is 351.1.
    tags: policy === 'xen' ? ['351.1', 'xen'] : ['351.1', '351.3', 'kvm'],
    difficulty: live ? (policy === 'xen' ? 3 : 2) : 1,
    values: {
      mode: live ? 'live' : 'offline',
      policy,
      memory: String(memory),
      bandwidth: String(bandwidth),
      dirty: String(dirty),
      wws: String(wws),
      limit: policy === 'qemu' ? String(limit) : '',
    },
    given: [],
    choices,
    answer: choices.indexOf(right),
    typed: 'number',
    explanation: {
      values: { ms: modelMs(truth) },
      reproduce: [{ host: '', line }],
      shows: modelMs(truth),
    },
    start: drillLab('kvm1'),
    tryIt: {
      compare: {
        policy,
        memory: String(memory),
        bandwidth: String(bandwidth),
        dirty: String(dirty),
        wws: String(wws),
        ...(policy === 'qemu' ? { limit: String(limit) } : {}),
      },
    },
  };
}
