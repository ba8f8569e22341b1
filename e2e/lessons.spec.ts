import { localizeOutline } from '../lib/lessons/i18n';
import { lessonOutline } from '../lib/lessons/outline';
import { lessons } from '../lib/lessons/registry';
import { expect, open, test } from './fixtures';
import { handoutRecorder } from '../walkthrough/handout-recorder';
import { writeIndex } from '../walkthrough/handout';
import { goalPages } from './lesson-goal';
import { setWalkthroughLang } from '../walkthrough/lang';
import { walkLesson } from '../walkthrough/drive';

/**
 * One test per lesson, generated from the lesson data (lib/lessons/registry): start it on /learn,
 * do every step as a learner would — clicks on the domain pages and lines at the console, as the
 * lesson mixes them — until the panel says complete, then check the domain pages show the goal.
 * Each run also writes the lesson's illustrated handout to handouts/ (npm run walkthrough does
 * the same on its own server). The Japanese describe walks each lesson again on the Japanese pages
 * and writes handouts/ja (issue 11: CI writes the handouts in both languages).
 */
const HANDOUTS = 'handouts';

test.describe('lessons', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test.afterAll(() =>
    writeIndex(
      HANDOUTS,
      lessons.map((l) => l.id),
    ),
  );

  for (const [n, lesson] of lessons.entries()) {
    test(`lesson ${n + 1}: ${lesson.id}`, async ({ lab: page }) => {
      const outline = lessonOutline(lesson);
      const handout = handoutRecorder(page, outline, HANDOUTS);
      await walkLesson(page, outline, handout.hooks, handout.onStep);
      await handout.finish();

      for (const d of goalPages(lesson)) {
        await open(page, `/hosts/${d.host}/domains/${d.name}`);
        if (d.state === null) {
          await expect(page.getByRole('alert').filter({ hasText: 'Domain not found' })).toBeVisible();
          continue;
        }
        await expect(page.getByRole('status', { name: 'Domain state' }), `${d.name} on ${d.host}`).toHaveText(d.state);
        await expect(page.getByRole('main').getByText(d.autostart)).toBeVisible();
        for (const [row, text] of Object.entries(d.rows))
          await expect(page.getByRole('row', { name: row })).toHaveText(`${row}${text}`);
      }
    });
  }
});

test.describe('lessons in Japanese', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test.beforeEach(() => setWalkthroughLang('ja'));
  test.afterEach(() => setWalkthroughLang('en'));
  test.afterAll(() => {
    setWalkthroughLang('ja');
    writeIndex(
      `${HANDOUTS}/ja`,
      lessons.map((l) => l.id),
    );
    setWalkthroughLang('en');
  });

  for (const [n, lesson] of lessons.entries()) {
    test(`lesson ${n + 1} in Japanese: ${lesson.id}`, async ({ lab: page }) => {
      const outline = localizeOutline(lessonOutline(lesson), 'ja');
      const handout = handoutRecorder(page, outline, `${HANDOUTS}/ja`);
      await walkLesson(page, outline, handout.hooks, handout.onStep);
      await handout.finish();
    });
  }
});
