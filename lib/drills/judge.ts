import { closeEnough, modelDowntime, modelMs } from './kinds/downtime';
import { refusedRight } from './kinds/refused';
import { xenBootRight } from './kinds/xen-boot';
import { sameEffect } from './kinds/xen-equivalent';
import { runSteps } from './run';
import type { Question } from './types';

const squash = (s: string) => s.trim().replace(/[ \t]+/g, ' ');

/**
 * Whether `answer` (a choice's text, or what a learner typed) is right, decided by running the
 * simulator again — not by comparing with the generated answer. The property test holds every
 * generated question to this: exactly one choice passes.
 */
export function isRight(q: Question, answer: string, shown?: (stdout: string) => string): boolean {
  const text = answer.trim();
  if (text === '') return false;
  switch (q.kind) {
    case 'domstate':
    case 'migration-list': {
      // virsh's output as the learner sees it too (`shown`: a Japanese host's virsh on /ja).
      const out = runSteps(q.start, q.explanation.reproduce).stdout;
      return squash(out) === squash(text) || (!!shown && squash(shown(out)) === squash(text));
    }
    case 'refused':
      return refusedRight(q.start, text);
    case 'xen-equivalent':
      return text.split(/\s+/)[0] === q.values.tool && sameEffect(q.start, q.values.command, text);
    case 'downtime': {
      const truth = modelDowntime(q.explanation.reproduce[0].line);
      const guess = Number.parseFloat(text.replace(/,/g, ''));
      return truth !== null && Number.isFinite(guess) && closeEnough(guess, truth);
    }
    case 'xen-boot':
      return xenBootRight(q, text);
  }
}

/** What the explanation's command prints, run from the question's start (the migration model for downtime). */
export function reproduce(q: Question): string {
  if (q.kind === 'downtime') {
    const ms = modelDowntime(q.explanation.reproduce[0].line);
    return ms === null ? '' : modelMs(ms);
  }
  const ran = runSteps(q.start, q.explanation.reproduce);
  return ran.stdout + ran.stderr;
}
