import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizeOutline } from '../../lessons/i18n';
import { lessonOutline } from '../../lessons/outline';
import { replayLesson } from '../../lessons/replay';
import { readLessonFileWithLink } from '../../../mocks/lab-file/lesson-link';
import { problemText, readLessonFile } from '../lesson-file';

const dir = join(__dirname, '../../../examples/lessons');
const examples = readdirSync(dir).filter((f) => f.endsWith('.json'));
const example = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const refusal = (value: unknown) => {
  const r = readLessonFile(value);
  if (r.ok) throw new Error('accepted');
  return problemText(r.problem);
};
const pause = () => example('pause-and-resume.json');

describe('lesson files', () => {
  it('has three examples (one starting from a share link), each replayed: the goal is reached and did not hold at the start', async () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const f of examples) {
      const { read: r } = await readLessonFileWithLink(readFileSync(join(dir, f), 'utf8'));
      if (!r.ok) throw new Error(`${f}: ${problemText(r.problem)}`);
      const replay = replayLesson(r.lesson);
      expect(replay.goalAtStart, f).toBe(false);
      expect(replay.goalAtEnd, f).toBe(true);
      expect(replay.progress.complete, f).toBe(true);
      expect(r.lesson.custom).toBe(true);
    }
  });

  it('carries its Japanese into the outline, commands unchanged', () => {
    const r = readLessonFile(pause());
    if (!r.ok) throw new Error(problemText(r.problem));
    const ja = localizeOutline(lessonOutline(r.lesson), 'ja');
    expect(ja.title).toBe('ゲストの一時停止と再開');
    expect(ja.steps[0].instruction).toContain('一時停止');
    expect(ja.steps[0].command.line).toBe('virsh suspend web01');
    expect(ja.steps[0].also.xm).toEqual({ none: 'kvm1 は KVM ホストです。xm は xend とだけ通信します' });
    expect(localizeOutline(lessonOutline(r.lesson), 'en').title).toBe('Pause and resume a guest');
  });

  it('names the field and the reason when the file is malformed', () => {
    expect(refusal('{')).toMatch(/^not JSON/);
    expect(refusal([])).toBe('a lesson file is a JSON object');
    expect(refusal({ ...pause(), format: 'x' })).toBe('format: format must be "virtlab-lesson"');
    expect(refusal({ ...pause(), version: 2 })).toBe('version: made for a newer VirtLab: this one reads version 1');
    expect(refusal({ ...pause(), hnit: 'x' })).toBe("unknown field 'hnit'");
    const { id: _id, ...noId } = pause();
    expect(refusal(noId)).toBe('id: is missing');
    const noLine = pause();
    delete noLine.steps[1].do.line;
    expect(refusal(noLine)).toBe('steps.1.do.line: is missing');
    const f = pause();
    f.steps[2].check.state.is = 'sleeping';
    expect(refusal(f)).toMatch(/^steps\.2\.check\.state\.is: is must be one of: no state, running/);
    const g = pause();
    g.steps[1].check = { ran: { host: 'kvm1', pattern: '(' } };
    expect(refusal(g)).toBe('steps.1.check.ran.pattern: pattern is not a valid regular expression');
    const h = pause();
    h.steps[0].check = { state: h.steps[0].check.state, file: { host: 'kvm1', path: '/x' } };
    expect(refusal(h)).toMatch(/^steps\.0\.check: a check names exactly one of: state/);
    const i = pause();
    i.steps[1].id = 'suspend';
    expect(refusal(i)).toBe("steps.1.id: step id 'suspend' is used twice");
    expect(refusal({ ...pause(), id: 'lifecycle-basics' })).toBe(
      "id: 'lifecycle-basics' is a built-in lesson; choose another id",
    );
    expect(
      refusal({ ...pause(), start: { from: 'lab', setup: [{ host: 'kvm1', line: 'virsh start nope' }] } }),
    ).toMatch(/^start\.setup\.0\.line: `virsh start nope` failed: error: failed to get domain 'nope'/);
  });

  it('is refused when replaying it does not teach anything', () => {
    const done = pause();
    done.start.setup = [
      { host: 'kvm1', line: 'virsh suspend web01' },
      { host: 'kvm1', line: 'virsh resume web01' },
    ];
    expect(refusal(done)).toBe('goal.check: the goal already holds in the starting world: there is nothing to do');
    const wrong = pause();
    // QEMU pauses a paused guest without complaint: the line succeeds, and the check says what is missing.
    wrong.steps[2].do.line = 'virsh suspend web01';
    expect(refusal(wrong)).toBe(
      "steps.2.check: the check does not hold after `virsh suspend web01` on kvm1 (exit status 0: Domain 'web01' suspended)",
    );
    const vacuous = pause();
    vacuous.steps[0].check = { defined: { host: 'kvm1', domain: 'web01' } };
    expect(refusal(vacuous)).toBe(
      'steps.0.check: the check already holds before `virsh suspend web01` on kvm1: the step does nothing',
    );
    const unreached = pause();
    unreached.goal.check = { state: { host: 'kvm1', domain: 'web01', is: 'shut off' } };
    expect(refusal(unreached)).toBe('goal.check: the solution does not reach the goal');
    expect(refusal({ ...pause(), glossary: ['nope'] })).toBe("glossary.0: no glossary term 'nope'");
  });
});
