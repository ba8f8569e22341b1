import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { LessonOutline, StepOutline } from '../lib/lessons/outline';
import { uiActions } from '../lib/actions/table';
import { panel, type StepHooks } from './drive';
import { writeHandout } from './handout';
import { ui } from './lang';

/**
 * Photographs a walkthrough for its handout: a form step with the form filled in, any other step
 * once the panel has ticked it off (the pressed button outlined), and the completed lesson.
 */
export function handoutRecorder(page: Page, outline: LessonOutline, root: string) {
  const dir = join(root, outline.id);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const images: string[] = [];
  const file = (i: number) => `step-${String(i + 1).padStart(2, '0')}.png`;

  const shoot = async (name: string, mark?: Locator) => {
    await page.mouse.move(0, 0); // no tooltip over the picture
    if (mark)
      await mark.evaluate((el) => {
        el.style.outline = '3px solid #f59e0b';
        el.style.outlineOffset = '2px';
      });
    await page.screenshot({ path: join(dir, name), animations: 'disabled' });
    if (mark)
      await mark.evaluate((el) => {
        el.style.outline = '';
        el.style.outlineOffset = '';
      });
  };

  return {
    hooks: (step: StepOutline, i: number): StepHooks =>
      step.ui && uiActions[step.ui.action].opens === 'form'
        ? {
            beforeSubmit: async () => {
              await shoot(file(i));
              images[i] = file(i);
            },
          }
        : {},
    onStep: async (step: StepOutline, i: number) => {
      if (images[i]) return;
      const mark = step.ui
        ? page.getByRole('main').getByRole('button', { name: ui()(uiActions[step.ui.action].labelKey), exact: true })
        : undefined;
      await shoot(file(i), mark);
      images[i] = file(i);
    },
    async finish() {
      await panel(page)
        .getByRole('heading', { name: `✓ ${ui()('panel.complete')}` })
        .scrollIntoViewIfNeeded();
      await shoot('complete.png');
      writeHandout(root, outline, images, 'complete.png');
    },
  };
}
