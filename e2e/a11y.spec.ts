import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/** Screenshots of every page land here; look at them (README's docs/screenshot.png is copied from one). */
const shots = 'test-results/screenshots';

async function noSeriousViolations(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('overview', async ({ lab: page }) => {
      await open(page, '/');
      await expect(page.getByRole('table', { name: 'Domains on kvm1' })).toBeVisible();
      await noSeriousViolations(page, 'overview');
      await page.screenshot({ path: `${shots}/overview-${scheme}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Actions for web01' }).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await noSeriousViolations(page, 'row actions menu');
      await page.screenshot({ path: `${shots}/overview-menu-${scheme}.png` });
    });

    test('domain page, its forms and the console drawer', async ({ lab: page }) => {
      test.slow(); // five axe analyses and five screenshots: over a minute on a loaded 2-core machine
      await open(page, '/hosts/kvm1/domains/web01');
      await page.getByRole('button', { name: 'Suspend', exact: true }).click();
      await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('paused(user)');
      await noSeriousViolations(page, 'domain');
      await page.screenshot({ path: `${shots}/domain-${scheme}.png`, fullPage: true });
      for (const form of ['Save…', 'Set memory…', 'Pin vCPU…']) {
        await page.getByRole('button', { name: form }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await noSeriousViolations(page, form);
        await page.screenshot({ path: `${shots}/form-${form.replace(/\W/g, '').toLowerCase()}-${scheme}.png` });
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();
      }
      await page.getByRole('button', { name: 'Show console' }).click();
      await page.getByRole('textbox', { name: 'Command on kvm1' }).fill('virsh list --all');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('log', { name: 'Console output' })).toContainText('web01');
      // A paused QEMU guest takes a reboot and answers once resumed: the page says so meanwhile (decision 033).
      await page.getByRole('textbox', { name: 'Command on kvm1' }).fill('virsh reboot web01');
      await page.keyboard.press('Enter');
      await expect(page.getByText('Reboot requested · the guest OS answers once it is resumed').first()).toBeVisible();
      await noSeriousViolations(page, 'console drawer');
      await page.screenshot({ path: `${shots}/domain-console-drawer-${scheme}.png` });
    });

    test('console page', async ({ lab: page }) => {
      await open(page, '/console');
      const input = page.getByRole('textbox', { name: 'Command on kvm1' });
      for (const line of ['virsh list --all', 'virsh dominfo web01', 'virsh start web01']) {
        await input.fill(line);
        await input.press('Enter');
        await expect(input).toHaveValue('');
      }
      await expect(page.getByRole('log', { name: 'Console output' })).toContainText('Domain is already active');
      await noSeriousViolations(page, 'console');
      await page.screenshot({ path: `${shots}/console-${scheme}.png`, fullPage: true });
    });

    test('recovery screen', async ({ lab: page }) => {
      await open(page, '/');
      await page.evaluate(() => localStorage.setItem('virtlab:lab', 'not json'));
      await page.reload();
      await expect(page.getByRole('heading', { name: 'Your saved lab cannot be opened' })).toBeVisible();
      await noSeriousViolations(page, 'recovery');
      await page.screenshot({ path: `${shots}/recovery-${scheme}.png` });
    });
  });
}

test('laptop-size screen: the domain page fits without sideways scrolling', async ({ lab: page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, '/hosts/kvm1/domains/db01');
  await expect(page.getByRole('heading', { name: 'db01', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: `${shots}/domain-1280.png` });
  await page.setViewportSize({ width: 1024, height: 700 });
  await open(page, '/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: `${shots}/overview-1024.png` });
});
