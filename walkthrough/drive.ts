import { expect, type Locator, type Page } from '@playwright/test';
import type { LessonOutline, StepOutline } from '../lib/lessons/outline';
import type { UiAction } from '../lib/actions/args';
import { uiActions } from '../lib/actions/table';
import { fillForm } from './fill-form';
import { inLang, ui as t } from './lang';

/**
 * Drives a lesson through the UI as a learner would: start it on /learn/<id>, then for each step
 * follow the panel — "Go to <domain>" and press the button or fill the form, or "Open the console"
 * and type the line — and wait until the panel ticks the step off. The per-lesson e2e specs and
 * `npm run walkthrough` (handouts, bin/walkthrough.ts) both run this.
 */

export const panel = (page: Page) => page.getByRole('complementary', { name: t()('panel.label') });
const stepItem = (page: Page, i: number) =>
  panel(page)
    .getByRole('list', { name: t()('panel.steps') })
    .getByRole('listitem')
    .nth(i);
const main = (page: Page) => page.getByRole('main');

/** Waits until the MSW worker and the stored lab answer. */
export async function waitForLab(page: Page) {
  await expect(
    page.getByRole('status').filter({ hasText: /Starting the lab|Loading the lab|ラボを読み込んでいます/ }),
  ).toHaveCount(0);
}

/** Imports a lesson file through /learn's form, as an instructor would (docs/lesson-format.md). */
export async function importLessonFile(page: Page, file: string, title: string) {
  await page.goto(inLang('/learn'));
  await waitForLab(page);
  await page.getByLabel(t()('learn.import.file')).setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: t()('learn.import.imported', { title }) })).toBeVisible();
}

export async function startLesson(page: Page, outline: LessonOutline) {
  await page.goto(inLang(`/learn/${outline.id}`));
  await waitForLab(page);
  await expect(page.getByRole('heading', { level: 1, name: outline.title })).toBeVisible();
  await page
    .getByRole('button', { name: new RegExp(`^(${t()('lesson.startLesson')}|${t()('lesson.startOver')})$`) })
    .click();
  await expect(
    panel(page).getByRole('heading', { name: t()('panel.stepOf', { n: 1, total: outline.steps.length }) }),
  ).toBeVisible();
  await expect(stepItem(page, 0)).toContainText(t()('panel.stepStatus', { n: 1, status: 'current' }));
}

export interface StepHooks {
  /** Called with the filled form open, before it is sent (handouts photograph it). */
  beforeSubmit?: (dialog: Locator) => Promise<void>;
  /** Called right after the button was pressed or the line typed. */
  after?: (target: Locator) => Promise<void>;
}

/** Gets to the step's domain page through the panel's link (or stays if already there). */
async function goToDomain(page: Page, ui: UiAction) {
  const link = panel(page).getByRole('link', { name: t()('panel.goTo', { domain: ui.domain, host: ui.host }) });
  if (await link.isVisible()) await link.click();
  await expect(main(page).getByRole('heading', { level: 1, name: ui.domain })).toBeVisible();
}

/** Opens the console on the step's host through the panel, types the line and sends it. */
async function typeLine(page: Page, host: string, line: string, hooks: StepHooks) {
  const input = page.getByRole('textbox', { name: t()('console.input', { host }) });
  if (!(await input.isVisible())) {
    const open = panel(page).getByRole('button', { name: t()('panel.openConsole', { host }) });
    if (await open.isVisible()) await open.click();
    else
      await panel(page)
        .getByRole('link', { name: t()('panel.switchConsole', { host }) })
        .click();
  }
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  const log = page.getByRole('log', { name: t()('console.output') });
  await expect(log).toContainText(line);
  await hooks.after?.(log);
}

export async function doStep(page: Page, step: StepOutline, hooks: StepHooks = {}) {
  if (!step.ui) return typeLine(page, step.command.host, step.command.line, hooks);
  const ui = step.ui;
  await goToDomain(page, ui);
  const button = main(page).getByRole('button', { name: t()(uiActions[ui.action].labelKey), exact: true });
  await button.click();
  if (uiActions[ui.action].opens === 'form') {
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const submit = await fillForm(dialog, ui);
    // A form's button waits for it to be complete (the migration dialog: for its precondition checks).
    await expect(submit).not.toHaveAttribute('aria-disabled', 'true');
    await hooks.beforeSubmit?.(dialog);
    await submit.click();
    await expect(dialog).toBeHidden();
  }
  await hooks.after?.(button);
}

/** The panel ticks step `i` (0-based) off; a step that waits on a job (a migration) may take a while. */
export async function expectStepDone(page: Page, i: number) {
  await expect(stepItem(page, i)).toContainText(t()('panel.stepStatus', { n: i + 1, status: 'done' }), {
    timeout: 30_000,
  });
}

export async function expectLessonComplete(page: Page, steps: number) {
  await expect(panel(page).getByRole('heading', { name: `✓ ${t()('panel.complete')}` })).toBeVisible();
  await expect(panel(page).getByRole('progressbar', { name: t()('panel.progress') })).toHaveAttribute(
    'aria-valuetext',
    t()('panel.progressText', { done: steps, total: steps }),
  );
}

/** The whole lesson, step by step; `onStep` runs once each step is ticked off. */
export async function walkLesson(
  page: Page,
  outline: LessonOutline,
  hooks: (step: StepOutline, i: number) => StepHooks = () => ({}),
  onStep: (step: StepOutline, i: number) => Promise<void> = async () => {},
) {
  await startLesson(page, outline);
  for (const [i, step] of outline.steps.entries()) {
    await doStep(page, step, hooks(step, i));
    await expectStepDone(page, i);
    await onStep(step, i);
  }
  await expectLessonComplete(page, outline.steps.length);
}
