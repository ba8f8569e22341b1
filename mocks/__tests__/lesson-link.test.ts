import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator } from 'next-intl';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiLesson, ApiLessonList, ShellResult } from '@/lib/api/contract';
import { problemText } from '@/lib/api/lesson-file';
import { LAB_FILE_VERSION, worldFile } from '@/lib/lab-file/format';
import { encodeLabLink } from '@/lib/lab-file/link';
import { runConsoleLine } from '@/lib/shell/console';
import { domainByName, findHost } from '@/lib/sim/world';
import { labWorld } from '@/lib/sim/worlds/lab';
import { readLessonFileWithLink } from '../lab-file/lesson-link';
import { server } from '../node';
import type { StorageLike } from '../store';
import { get, installLab, memory, send } from './lab-api';
import ja from '../../messages/ja.json';

/** examples/lessons/bring-it-home.json starts from a share link (docs/lesson-format.md, `start.link`). */
const text = readFileSync(join(__dirname, '../../examples/lessons/bring-it-home.json'), 'utf8');
const file = () => JSON.parse(text);
const T = Date.UTC(2025, 0, 6, 9, 0, 0);
const linkTo = async (json: string) => `http://localhost:3000/open#${await encodeLabLink(json)}`;
const refusal = async (value: unknown) => {
  const { read } = await readLessonFileWithLink(JSON.stringify(value));
  if (read.ok) throw new Error('accepted');
  return problemText(read.problem);
};
const withLink = (link: string) => ({ ...file(), start: { link } });

describe('a lesson file starting from a share link', () => {
  it('replays from the world the link carries: web01 migrated to kvm2, its definition left on kvm1', async () => {
    const { read, start } = await readLessonFileWithLink(text);
    if (!read.ok) throw new Error(problemText(read.problem));
    const w = read.lesson.world();
    expect(domainByName(findHost(w, 'kvm2')!, 'web01')).toMatchObject({ state: 'running', reason: 'migrated' });
    expect(domainByName(findHost(w, 'kvm1')!, 'web01')).toMatchObject({ state: 'shut off', reason: 'migrated' });
    expect(start?.ok).toBe(true);
  });

  it('names what is wrong with a broken link, and which field', async () => {
    expect(await refusal(withLink('http://localhost:3000/open'))).toBe(
      'start.link: link must be a shared lab link: an address ending in #lab=…',
    );
    expect(await refusal({ ...file(), start: { from: 'lab', link: file().start.link } })).toBe(
      'start: start names one of: from ("lab" or { "lesson": "<id>" }), link (a shared lab link)',
    );
    expect(await refusal(withLink(file().start.link.slice(0, -200)))).toBe(
      'start.link: the link does not decode: its #lab= part is cut short or altered',
    );
    expect(await refusal(withLink(await linkTo('{"format":"x"}')))).toBe(
      'start.link: it does not carry a VirtLab lab (format: x)',
    );
    const sealed = await worldFile(labWorld(), T);
    expect(await refusal(withLink(await linkTo(JSON.stringify({ ...sealed, version: LAB_FILE_VERSION + 1 }))))).toBe(
      `start.link: its lab was made by a newer VirtLab (version ${LAB_FILE_VERSION + 1}; this VirtLab reads version ${LAB_FILE_VERSION})`,
    );
    const edited = { ...sealed, labTime: T + 1 };
    expect(await refusal(withLink(await linkTo(JSON.stringify(edited))))).toBe(
      'start.link: its lab was edited after it was shared (the digest does not match the content)',
    );
  });

  it('says in Japanese why the link cannot be opened, as the English does (the field path as the file spells it)', async () => {
    const t = createTranslator({ locale: 'ja', messages: ja, namespace: 'learn.import.problem' });
    const inJapanese = async (value: unknown) => {
      const { read } = await readLessonFileWithLink(JSON.stringify(value));
      if (read.ok || read.problem.kind !== 'link') throw new Error('not refused for its link');
      return t('link', read.problem.args as { why: string; labField: string });
    };
    const sealed = await worldFile(labWorld(), T);
    expect(await inJapanese(withLink(file().start.link.slice(0, -200)))).toBe(
      'リンクに含まれるラボを開けません: リンクをデコードできません（#lab= の部分が途中で切れているか、書き換えられています）。',
    );
    expect(await inJapanese(withLink(await linkTo('{"format":"x"}')))).toBe(
      'リンクに含まれるラボを開けません: VirtLab のラボが含まれていません。',
    );
    expect(await inJapanese(withLink(await linkTo(JSON.stringify({ ...sealed, version: LAB_FILE_VERSION + 1 }))))).toBe(
      'リンクに含まれるラボを開けません: ラボが新しいバージョンの VirtLab で作られています。',
    );
    expect(await inJapanese(withLink(await linkTo(JSON.stringify({ ...sealed, labTime: T + 1 }))))).toBe(
      'リンクに含まれるラボを開けません: ラボが共有後に書き換えられています（チェックサムが一致しません）。',
    );
    expect(await inJapanese(withLink(await linkTo(JSON.stringify({ ...sealed, labTime: 'soon' }))))).toBe(
      'リンクに含まれるラボを開けません: ラボが壊れています（項目 labTime）。',
    );
  });

  it('refuses a lab with a migration in flight, and a lesson whose goal already holds in the linked lab', async () => {
    const moving = runConsoleLine({
      world: labWorld(),
      host: 'kvm1',
      line: 'virsh migrate --live web01 qemu+ssh://kvm2.lab/system',
      now: T,
      background: true,
    });
    const inFlight = await linkTo(JSON.stringify(await worldFile(moving.world, T)));
    expect(moving.world.hosts[0].domains.some((d) => d.job)).toBe(true);
    expect(await refusal(withLink(inFlight))).toBe(
      'start.link: the lab has a migration in flight (web01 on kvm1): share it once it ends',
    );
    // Replayed from the link's world: there web01 is on kvm2 (in the built-in lab it is not).
    const onKvm2 = {
      ...file(),
      goal: { text: 'x', check: { state: { host: 'kvm2', domain: 'web01', is: 'running' } } },
    };
    expect(await refusal(onKvm2)).toBe(
      'goal.check: the goal already holds in the starting world: there is nothing to do',
    );
    const home = await linkTo(JSON.stringify(await worldFile(labWorld(), T)));
    expect(await refusal(withLink(home))).toBe(
      "steps.1.check: the check does not hold after `virsh migrate --live web01 qemu+ssh://kvm1.lab/system` on kvm2 (exit status 1: error: failed to get domain 'web01')",
    );
  });
});

let storage: StorageLike;
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  storage = memory();
  installLab(storage);
});

describe('importing it', () => {
  it('keeps the linked world beside the file: after a reload the lesson starts there and completes', async () => {
    expect((await send<ApiLesson>('POST', '/lessons/import', text)).status).toBe(201);
    installLab(storage);
    const list = await get<ApiLessonList>('/lessons');
    expect(list.lessons.at(-1)).toMatchObject({ id: 'bring-it-home', custom: true, steps: 3 });
    await send('POST', '/lessons/bring-it-home/start');
    const lines = [
      ['kvm2', 'virsh list --all'],
      ['kvm2', 'virsh migrate --live web01 qemu+ssh://kvm1.lab/system'],
      ['kvm1', 'virsh domstate web01 --reason'],
    ];
    for (const [host, line] of lines)
      expect((await send<ShellResult>('POST', '/shell', { host, line })).body.transcript.status).toBe(0);
    const done = await get<ApiLesson>('/lessons/bring-it-home');
    expect(done.outline.steps.map((s) => s.title)).toEqual([
      'Find web01 on kvm2',
      'Migrate web01 back to kvm1',
      'Read why web01 runs',
    ]);
    expect(done.progress).toEqual({ done: ['find', 'migrate-back', 'reason'], complete: true });
    expect((await send('DELETE', '/lessons/bring-it-home')).status).toBe(200);
    expect(JSON.parse(storage.getItem('virtlab:lessons') ?? '{}').starts).toEqual({});
  });
});
