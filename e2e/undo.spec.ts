import AxeBuilder from '@axe-core/playwright';
import { expect, open, test, typeInConsole } from './fixtures';

const shots = 'test-results/screenshots';
const row = (page: import('@playwright/test').Page, name: string) => page.getByRole('row', { name: new RegExp(name) });

test('Undo and Redo step through commands; the history list rewinds to any point; a new command ends redo', async ({
  lab: page,
}) => {
  await open(page, '/');
  const undo = page.getByRole('button', { name: 'Undo', exact: false }).first();
  const redo = page.getByRole('button', { name: 'Redo', exact: false }).first();
  await expect(undo).toHaveAttribute('aria-disabled', 'true');
  await typeInConsole(page, 'virsh suspend web01');
  await expect(row(page, 'web01')).toContainText('paused');
  await typeInConsole(page, 'virsh destroy db01');
  await expect(row(page, 'db01')).toContainText('shut off');

  await undo.click();
  await expect(row(page, 'db01')).toContainText('running');
  await expect(row(page, 'web01')).toContainText('paused');
  await redo.click();
  await expect(row(page, 'db01')).toContainText('shut off');

  // The history survives a reload; its list takes the lab back to before the first command.
  await page.reload();
  await page.getByRole('button', { name: 'History' }).click();
  const list = page.getByRole('region', { name: 'Lab history' });
  await expect(list.getByRole('list', { name: 'Commands you can undo' }).getByRole('listitem')).toHaveCount(2);
  const results = await new AxeBuilder({ page }).include('#lab-history').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  for (const width of [390, 1024, 1366]) {
    // The list opens under its buttons, wherever the header has put them at this width (in the
    // header's menu on a phone).
    await page.getByRole('button', { name: 'History' }).click();
    await page.setViewportSize({ width, height: 800 });
    if (width < 768) await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'History' }).click();
    await expect(list).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: `${shots}/history-${width}.png` });
  }
  await list.getByRole('button', { name: 'Back to before virsh suspend web01' }).click();
  await expect(row(page, 'web01')).toContainText('running');
  await expect(row(page, 'db01')).toContainText('running');
  await expect(list.getByRole('list', { name: 'Commands you can redo' }).getByRole('listitem')).toHaveCount(2);
  await list.getByRole('button', { name: 'Forward through virsh suspend web01' }).click();
  await expect(row(page, 'web01')).toContainText('paused');
  await expect(row(page, 'db01')).toContainText('running');

  // The console's `undo` is the same step; then a new command: nothing left to redo.
  const log = await typeInConsole(page, 'undo');
  await expect(log).toContainText('Undone: virsh suspend web01  (kvm1)');
  await expect(row(page, 'web01')).toContainText('running');
  await typeInConsole(page, 'virsh autostart build01');
  await expect(redo).toHaveAttribute('aria-disabled', 'true');
});

test('an undo in one tab shows in the other', async ({ lab: a }) => {
  await open(a, '/');
  await typeInConsole(a, 'virsh suspend web01');
  const b = await a.context().newPage();
  await open(b, '/hosts/kvm1/domains/web01');
  const state = b.getByRole('status', { name: 'Domain state' });
  await expect(state).toHaveText('paused(user)');
  await a.getByRole('button', { name: 'Undo', exact: false }).first().click();
  await expect(state).toHaveText('running(booted)', { timeout: 2_000 });
  await b.getByRole('button', { name: 'Redo', exact: false }).first().click();
  await expect(row(a, 'web01')).toContainText('paused');
  await b.close();
});
