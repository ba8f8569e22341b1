import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, open, test } from './fixtures';
import { expectLessonComplete, importLessonFile, walkLesson } from '../walkthrough/drive';
import { problemText, readLessonFile } from '../lib/api/lesson-file';
import { readLessonFileWithLink } from '../mocks/lab-file/lesson-link';
import { localizeOutline } from '../lib/lessons/i18n';
import { lessonOutline } from '../lib/lessons/outline';

const shots = 'test-results/screenshots';
const example = (name: string) => {
  const path = join(__dirname, `../examples/lessons/${name}.json`);
  const read = readLessonFile(readFileSync(path, 'utf8'));
  if (!read.ok) throw new Error(problemText(read.problem));
  return { path, outline: lessonOutline(read.lesson) };
};
const { path: file, outline } = example('pause-and-resume');
const importSection = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Your own lessons' });

test('an imported lesson file is listed, started and finished like a built-in one', async ({ lab: page }) => {
  await importLessonFile(page, file, outline.title);
  const list = page.getByRole('list', { name: 'Lessons' });
  await expect(list.getByRole('listitem').last()).toContainText('Imported');
  await expect(list.getByRole('link', { name: outline.title })).toBeVisible();
  await walkLesson(page, outline);
  await expectLessonComplete(page, outline.steps.length);
  // Undo takes the last step back: the lesson's progress follows the world.
  await page.getByRole('button', { name: 'Undo', exact: false }).first().click();
  await expect(page.getByRole('progressbar', { name: 'Lesson progress' })).toHaveAttribute(
    'aria-valuetext',
    '2 of 3 steps done',
  );
});

test('the other example (a setup line, xm with xl and virsh equivalents) is driven to its goal too', async ({
  lab: page,
}) => {
  const balloon = example('xen-balloon');
  await importLessonFile(page, balloon.path, balloon.outline.title);
  await walkLesson(page, balloon.outline);
  await expectLessonComplete(page, balloon.outline.steps.length);
});

test('a lesson file starting from a share link starts in that lab, and is driven to its goal', async ({
  lab: page,
}) => {
  const path = join(__dirname, '../examples/lessons/bring-it-home.json');
  const { read } = await readLessonFileWithLink(readFileSync(path, 'utf8'));
  if (!read.ok) throw new Error(problemText(read.problem));
  const home = lessonOutline(read.lesson);
  await importLessonFile(page, path, home.title);
  await walkLesson(page, home);
  await expectLessonComplete(page, home.steps.length);
  // The lab it ended in: web01 back on kvm1, by migration (it began on kvm2, as the link had it).
  await open(page, '/hosts/kvm1/domains/web01');
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('running(migrated)');
});

test('a refused import says which field and why, and keeps nothing', async ({ lab: page }) => {
  await open(page, '/learn');
  const lesson = JSON.parse(readFileSync(file, 'utf8'));
  lesson.steps[2].check.state.reason = 'booted';
  await importSection(page)
    .getByLabel('Lesson file')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lesson)) });
  await expect(importSection(page).getByRole('alert')).toHaveText(
    "Not imported: steps.2.check: the check does not hold after `virsh resume web01` on kvm1 (exit status 0: Domain 'web01' resumed)",
  );
  await importSection(page).getByRole('textbox', { name: 'Or its address' }).fill('/no-such-lesson.json');
  await importSection(page).getByRole('button', { name: 'Import from address' }).click();
  await expect(importSection(page).getByRole('alert')).toContainText('Could not fetch /no-such-lesson.json (HTTP 404)');
  await expect(page.getByRole('list', { name: 'Lessons' }).getByText('Imported')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  for (const width of [390, 1024, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await importSection(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/lesson-import-${width}.png` });
  }
});

test('in Japanese, a refused import says why in Japanese, the field path and the command as they are', async ({
  lab: page,
}) => {
  await open(page, '/ja/learn');
  const section = page.getByRole('region', { name: '自作のレッスン' });
  const send = (value: unknown, name: string) =>
    section
      .getByLabel('レッスンファイル')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });
  const lesson = JSON.parse(readFileSync(file, 'utf8'));
  lesson.steps[2].check.state.reason = 'booted';
  await send(lesson, 'broken.json');
  // virsh's own words quoted in the page's language, as its console prints them (was English on /ja).
  await expect(section.getByRole('alert')).toHaveText(
    "インポートしませんでした: steps.2.check: kvm1 での virsh resume web01 の後もチェックを満たしません（終了ステータス 0: ドメイン 'web01' が再開されました）。",
  );
  const { goal: _goal, ...noGoal } = JSON.parse(readFileSync(file, 'utf8'));
  await send(noGoal, 'no-goal.json');
  await expect(section.getByRole('alert')).toHaveText('インポートしませんでした: goal: この項目がありません。');
  await send({ ...noGoal, goal: _goal, colour: 'red' }, 'extra.json');
  await expect(section.getByRole('alert')).toHaveText(
    'インポートしませんでした: colour はレッスンファイルにない項目です。',
  );
  await section.getByRole('alert').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/lesson-import-refused-ja.png` });
});

test('in Japanese, the imported lesson speaks Japanese', async ({ lab: page }) => {
  await open(page, '/ja/learn');
  await page.getByLabel('レッスンファイル').setInputFiles(file);
  const ja = localizeOutline(outline, 'ja');
  await expect(page.getByRole('status').filter({ hasText: `「${ja.title}」をインポートしました。` })).toBeVisible();
  await page.getByRole('link', { name: 'レッスンを開く' }).click();
  await expect(page.getByRole('heading', { level: 1, name: ja.title })).toBeVisible();
  // Its steps carry titles in both languages (the file's `title`), like the built-in lessons'.
  await expect(page.getByText('web01 を一時停止する').first()).toBeVisible();
  await page.screenshot({ path: `${shots}/lesson-import-ja.png` });
});

for (const [lang, choose, done] of [
  ['en', 'Choose a lesson file…', 'Imported'],
  ['ja', 'レッスンファイルを選択…', 'インポートしました'],
] as const)
  test(`the lesson file picker is a button in the page's language that opens the file chooser (${lang})`, async ({
    lab: page,
  }) => {
    await open(page, lang === 'ja' ? '/ja/learn' : '/learn');
    const section = page.getByRole('region', { name: lang === 'ja' ? '自作のレッスン' : 'Your own lessons' });
    // The browser's own input ("Choose File", "No file chosen": the browser's language) is not shown.
    await expect(section.locator('input[type=file]')).toBeHidden();
    await expect(section).not.toContainText('Choose File');
    const chooser = page.waitForEvent('filechooser');
    await section.getByRole('button', { name: choose }).click();
    await (await chooser).setFiles(file);
    await expect(section.getByRole('status')).toContainText(done);
    const result = await new AxeBuilder({ page }).include('#lesson-import').analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      await section.screenshot({ path: `${shots}/lesson-file-button-${lang}-${width}.png` });
    }
  });

test('in Japanese, a share link that cannot be opened says why in Japanese, as the English says it', async ({
  lab: page,
}) => {
  await open(page, '/ja/learn');
  const section = page.getByRole('region', { name: '自作のレッスン' });
  const lesson = JSON.parse(readFileSync(join(__dirname, '../examples/lessons/bring-it-home.json'), 'utf8'));
  lesson.start.link = lesson.start.link.slice(0, -200);
  await section
    .getByLabel('レッスンファイル')
    .setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lesson)) });
  await expect(section.getByRole('alert')).toHaveText(
    'インポートしませんでした: start.link: リンクに含まれるラボを開けません: リンクをデコードできません（#lab= の部分が途中で切れているか、書き換えられています）。',
  );
  await page.setViewportSize({ width: 390, height: 800 });
  await section.getByRole('alert').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/lesson-link-refused-ja-390.png` });
});
