import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/**
 * Every hinted button (HintButton, LazyHint: decision 075) mounts its Radix tooltip — provider, root,
 * trigger, portal — and loads its code only when that button's hint is wanted: hovered, Tab-focused, or
 * tapped while disabled. Until then the page carries the plain buttons and the reasons screen readers
 * read (aria-describedby). A Radix tooltip trigger marks its button with `data-state`; Radix's tooltip
 * code names its parts ("TooltipTrigger") in the built chunk, so a loaded script that holds the name is
 * the tooltip's code.
 */

const shots = 'test-results/screenshots/hints';

/** Every script the page loaded, by URL, with whether it holds Radix's tooltip code. */
function scripts(page: Page) {
  const seen = new Map<string, Promise<boolean>>();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script')
      seen.set(
        r.url(),
        r.text().then(
          (body) => body.includes('TooltipTrigger'),
          () => false,
        ),
      );
  });
  return {
    tooltipLoaded: async () => (await Promise.all(seen.values())).some(Boolean),
  };
}

test("the domain page's buttons mount no tooltip and load none of its code until one is wanted", async ({
  lab: page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const loaded = scripts(page);
  await open(page, '/hosts/kvm1/domains/web01');
  const main = page.getByRole('main');
  const actions = main.getByRole('group', { name: 'Lifecycle actions' });
  const suspend = actions.getByRole('button', { name: 'Suspend', exact: true });
  const resume = actions.getByRole('button', { name: 'Resume', exact: true });
  await expect(actions.getByRole('button', { name: 'Save…' })).toBeVisible();
  expect(await actions.getByRole('button').count()).toBeGreaterThan(12);

  // Before any hover, focus or tap: no button is a tooltip's trigger, no tooltip code was fetched —
  // and a disabled button's reason is its description already.
  await expect(actions.locator('button[data-state]')).toHaveCount(0);
  expect(await loaded.tooltipLoaded()).toBe(false);
  await expect(actions.getByRole('button', { name: 'Start', exact: true })).toHaveAccessibleDescription(
    'start: the domain is not shut off',
  );
  await expect(resume).toHaveAccessibleDescription(/resume: /);

  // A hover: the code comes, that button's tooltip opens, and that button alone became a trigger.
  await suspend.hover();
  await expect(page.getByRole('tooltip')).toContainText('virsh suspend web01');
  expect(await loaded.tooltipLoaded()).toBe(true);
  await expect(actions.locator('button[data-state]')).toHaveCount(1);
  await page.screenshot({ path: `${shots}/lazy-hover-1366-en.png` });

  // Tab focus on another button (the code already here): its tooltip, and the focus stays on it.
  await page.mouse.move(0, 600, { steps: 5 }); // Radix closes a hover's tooltip on a pointermove outside it
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await suspend.focus();
  await page.keyboard.press('Tab');
  await expect(resume).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText('virsh resume web01');
  await expect(page.getByRole('tooltip')).toContainText('resume: ');
  await expect(actions.locator('button[data-state]')).toHaveCount(2);
  await page.screenshot({ path: `${shots}/lazy-focus-1366-en.png` });
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
