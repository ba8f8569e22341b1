import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiErrorBody, ApiLesson, ApiLessonList, ShellResult } from '@/lib/api/contract';
import { server } from '../node';
import type { StorageLike } from '../store';
import { get, installLab, memory, send } from './lab-api';

const example = readFileSync(join(__dirname, '../../examples/lessons/pause-and-resume.json'), 'utf8');
let storage: StorageLike;
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  storage = memory();
  installLab(storage);
});

describe('importing a lesson file', () => {
  it('keeps it beside the built-in lessons, across a reload; it runs and completes like one', async () => {
    const r = await send<ApiLesson>('POST', '/lessons/import', example);
    expect(r.status).toBe(201);
    expect(r.body.outline).toMatchObject({ id: 'pause-and-resume', custom: true, title: 'Pause and resume a guest' });
    installLab(storage);
    const list = await get<ApiLessonList>('/lessons');
    expect(list.lessons.at(-1)).toMatchObject({ id: 'pause-and-resume', custom: true, steps: 3, done: 0 });
    await send('POST', '/lessons/pause-and-resume/start');
    for (const line of ['virsh suspend web01', 'virsh domstate web01 --reason', 'virsh resume web01'])
      expect((await send<ShellResult>('POST', '/shell', { host: 'kvm1', line })).body.transcript.status).toBe(0);
    const done = await get<ApiLesson>('/lessons/pause-and-resume');
    expect(done.progress).toEqual({ done: ['suspend', 'domstate', 'resume'], complete: true });
  });

  it('refuses a file that does not teach, naming the field and why, and keeps nothing', async () => {
    const file = JSON.parse(example);
    file.goal.check = { state: { host: 'kvm1', domain: 'web01', is: 'running' } };
    const r = await send<ApiErrorBody>('POST', '/lessons/import', file);
    expect(r.status).toBe(422);
    expect(r.body.error).toEqual({
      code: 'LESSON_REFUSED',
      field: 'goal.check',
      message: 'goal.check: the goal already holds in the starting world: there is nothing to do',
      // The same as data, for a page to word in its language.
      reason: { kind: 'goalHolds' },
    });
    const bad = await send<ApiErrorBody>('POST', '/lessons/import', '{"format":1}');
    expect(bad.body.error.message).toBe('format: format must be "virtlab-lesson"');
    expect(bad.body.error.reason).toEqual({ kind: 'value', args: { field: 'format' } });
    expect((await send('POST', '/lessons/import', 'x'.repeat(70_000))).status).toBe(413);
    expect((await get<ApiLessonList>('/lessons')).lessons.some((l) => l.custom)).toBe(false);
  });

  it("a refusal quotes the replayed tools in the page's language (?lang=ja), as its console prints them", async () => {
    const file = JSON.parse(example);
    file.steps[0].do.line = 'virsh suspend nosuch';
    file.start.setup = [{ host: 'kvm1', line: 'virsh define /nope.xml' }];
    const en = await send<ApiErrorBody>('POST', '/lessons/import', file);
    expect(en.body.error.reason?.args?.output).toContain('error: Failed to open file');
    const ja = await send<ApiErrorBody>('POST', '/lessons/import?lang=ja', file);
    expect(ja.status).toBe(422);
    expect(ja.body.error.reason?.args?.output).toMatch(/^エラー: /);
    delete file.start.setup;
    const step = await send<ApiErrorBody>('POST', '/lessons/import?lang=ja', file);
    expect(step.body.error.reason).toMatchObject({ kind: 'checkFails', args: { status: '1' } });
    expect(step.body.error.reason?.args?.said).toMatch(/^エラー: .*nosuch/);
  });

  it('removes an imported lesson, and refuses to remove a built-in one', async () => {
    await send('POST', '/lessons/import', example);
    await send('POST', '/lessons/pause-and-resume/start');
    const r = await send<ApiLessonList>('DELETE', '/lessons/pause-and-resume');
    expect(r.status).toBe(200);
    expect(r.body.active).toBeNull();
    expect(r.body.lessons.some((l) => l.id === 'pause-and-resume')).toBe(false);
    expect((await send('DELETE', '/lessons/lifecycle-basics')).status).toBe(409);
    expect((await send('GET', '/lessons/pause-and-resume')).status).toBe(404);
  });
});
