import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/**
 * Every hinted button (HintButton, LazyHint: decisions 075, 083) mounts its Radix tooltip and loads its code
 * only when that button's hint is wanted: hovered, Tab-focused, or tapped while disabled. Until then the page
 * carries the plain buttons and the reasons screen readers read (aria-describedby). A mounted hint marks its
 * button with `data-hint`; Radix's tooltip code names its parts ("TooltipContent") in the built chunk, so a
 * loaded script that holds the name is the tooltip's code. The tooltip is mounted beside the button, anchored
 * to it: the button is never replaced (a screen reader would announce it again) and the focus never moves.
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
          (body) => body.includes('TooltipContent'),
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

  // Before any hover, focus or tap: no button has a tooltip, no tooltip code was fetched —
  // and a disabled button's reason is its description already.
  await expect(actions.locator('button[data-hint]')).toHaveCount(0);
  expect(await loaded.tooltipLoaded()).toBe(false);
  await expect(actions.getByRole('button', { name: 'Start', exact: true })).toHaveAccessibleDescription(
    'start: the domain is not shut off',
  );
  await expect(resume).toHaveAccessibleDescription(/resume: /);

  // A mark on each button's node, and every focus move from here on: the same nodes must carry the hints.
  for (const b of [suspend, resume]) await b.evaluate((node) => Object.assign(node, { virtlabSameNode: true }));
  const sameNode = (b: typeof suspend) => b.evaluate((node) => 'virtlabSameNode' in node);
  await page.evaluate(() => {
    const w = window as unknown as { virtlabFocusMoves: string[] };
    w.virtlabFocusMoves = [];
    document.addEventListener('focusin', (e) => w.virtlabFocusMoves.push((e.target as Element).textContent ?? ''));
  });
  const focusMoves = () =>
    page.evaluate(() => (window as unknown as { virtlabFocusMoves: string[] }).virtlabFocusMoves);

  // A hover: the code comes, that button's tooltip opens — beside the same button, which it now describes —
  // and that button alone has a hint.
  await expect(suspend).toHaveAccessibleDescription('');
  await suspend.hover();
  await expect(page.getByRole('tooltip')).toContainText('virsh suspend web01');
  expect(await loaded.tooltipLoaded()).toBe(true);
  expect(await sameNode(suspend)).toBe(true);
  await expect(suspend).toHaveAccessibleDescription(/stop scheduling the vCPUs.*Equivalent commands/);
  await expect(actions.locator('button[data-hint]')).toHaveCount(1);
  await page.screenshot({ path: `${shots}/lazy-hover-1366-en.png` });

  // The pointer leaving it closes it, and the button no longer names it.
  await page.mouse.move(0, 600, { steps: 5 });
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await expect(suspend).toHaveAccessibleDescription('');

  // Tab focus on another button (the code already here): its tooltip on the same node; the focus moved
  // once (the Tab) and stays on it.
  await suspend.focus();
  expect(await focusMoves()).toEqual(['Suspend']);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tooltip')).toContainText('virsh resume web01');
  await expect(page.getByRole('tooltip')).toContainText('resume: ');
  await expect(resume).toBeFocused();
  expect(await sameNode(resume)).toBe(true);
  expect(await focusMoves()).toEqual(['Suspend', 'Resume']);
  await expect(actions.locator('button[data-hint]')).toHaveCount(2);
  await expect(resume).toHaveAccessibleDescription(/^resume: .*Equivalent commands/);
  await page.screenshot({ path: `${shots}/lazy-focus-1366-en.png` });
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Escape closes it; the focus stays where it was, on the same node.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await expect(resume).toBeFocused();
  expect(await sameNode(resume)).toBe(true);
  expect(await focusMoves()).toEqual(['Suspend', 'Resume']);
});
