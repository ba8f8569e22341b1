import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test, typeInConsole } from './fixtures';

/** Screenshots land beside the other pages' (e2e/a11y.spec.ts); look at them. */
const shots = 'test-results/screenshots';

async function noAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

/** Runs a line on `host` from the console drawer and waits for `answer` (else the line's echo) in its log. */
async function run(page: Page, host: string, line: string, answer: string | RegExp = line) {
  const drawer = page.getByRole('complementary', { name: 'Console drawer' });
  if (!(await page.getByRole('textbox', { name: `Command on ${host}` }).isVisible())) {
    if (await page.getByRole('button', { name: 'Show console' }).isVisible())
      await page.getByRole('button', { name: 'Show console' }).click();
    await drawer.getByRole('combobox', { name: 'Host' }).selectOption(host);
  }
  const log = await typeInConsole(page, line, host);
  await expect(log).toContainText(answer);
  return log;
}

test.describe('the trainer crashes a guest: on_crash decides (decision 055)', () => {
  test('Xen, on_crash preserve: shut off (crashed), xl list ---sc-, the Trainer area says what happened', async ({
    lab: page,
  }) => {
    await open(page, '/hosts/xen2/domains/pv-app');
    await run(page, 'xen2', 'virsh set-lifecycle-action pv-app crash preserve --live');
    const trainer = page.getByRole('region', { name: 'Trainer' });
    await expect(trainer).toContainText('on_crash (preserve) decides what follows');
    await trainer.getByRole('button', { name: 'Crash the guest (kernel panic)' }).click();
    await expect(trainer.getByRole('status')).toHaveText('Kernel panic, on_crash preserve: Stopped Crashed.');
    await expect(page.getByRole('status', { name: 'State' })).toContainText('shut off');
    await expect(page.getByRole('status', { name: 'State' })).toContainText('crashed');
    // libxl still holds it: the button is disabled with the reason.
    await expect(trainer.getByRole('button', { name: 'Crash the guest (kernel panic)' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    // The event log and the diagram's caption see it too.
    await expect(page.getByRole('list', { name: 'Events, newest first' })).toContainText(
      "event 'lifecycle' for domain 'pv-app': Stopped Crashed",
    );
    await expect(page.getByText('echo c > /proc/sysrq-trigger')).toBeVisible();
    await run(page, 'xen2', 'xl list', /pv-app\s+1\s+512\s+1\s+---sc-/);
    await noAxeViolations(page);
    await page.getByRole('button', { name: 'Hide console' }).click();
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await trainer.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/trainer-crash-xen-${width}.png` });
    }
  });

  test('ja: QEMU, on_crash destroy (the default): Crashed Panicked, then Stopped Crashed', async ({ lab: page }) => {
    await open(page, '/ja/hosts/kvm1/domains/web01');
    const trainer = page.getByRole('region', { name: 'トレーナー' });
    await expect(trainer).toContainText('on_crash (destroy)');
    await trainer.getByRole('button', { name: 'ゲストをクラッシュさせる (カーネルパニック)' }).click();
    await expect(trainer.getByRole('status')).toHaveText(
      'カーネルパニック、on_crash destroy: Crashed Panicked, Stopped Crashed。',
    );
    await noAxeViolations(page);
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await trainer.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/trainer-crash-ja-${width}.png` });
    }
  });

  test('what a crash did is told on that domain’s page only: a client-side move to another domain starts afresh', async ({
    lab: page,
  }) => {
    await open(page, '/hosts/xen1/domains/pv-web');
    const trainer = page.getByRole('region', { name: 'Trainer' });
    await trainer.getByRole('button', { name: 'Crash the guest (kernel panic)' }).click();
    await expect(trainer.getByRole('status')).toHaveText(/^Kernel panic, on_crash \S+: /);
    await run(page, 'xen1', 'virsh set-lifecycle-action hvm-win crash coredump-restart --live');
    // As a link does (the lesson panel's step links to a domain page): the router, no page load.
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
      (window as unknown as { next: { router: { push(href: string): void } } }).next.router.push(
        '/hosts/xen1/domains/hvm-win',
      );
    });
    await expect(page.getByRole('heading', { name: 'hvm-win', level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // hvm-win's own on_crash, from the API's domain data; nothing of pv-web's crash.
    await expect(trainer).toContainText('on_crash (coredump-restart)');
    await expect(trainer.getByRole('status')).toHaveCount(0);
  });
});
