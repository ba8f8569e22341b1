import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/** Screenshots land beside the other pages' (e2e/a11y.spec.ts); look at them. */
const shots = 'test-results/screenshots';

const LIVE = 0,
  OFFLINE = 1,
  DEFINITION = 2;
const totals = (page: Page) => page.getByRole('table', { name: 'Totals' });
const cell = (page: Page, row: string, column: number) =>
  totals(page)
    .getByRole('row', { name: new RegExp(`^${row}`) })
    .getByRole('cell')
    .nth(column);
const preset = (page: Page) => page.getByRole('combobox', { name: 'Preset' });

const UNIT_S: Record<string, number> = { ms: 1e-3, s: 1, min: 60, h: 3600, days: 86400 };
/** "212 ms", "30.77 s", "4 min 52 s" → seconds, as the table shows them. */
async function seconds(page: Page, row: string, column: number): Promise<number> {
  const text = (await cell(page, row, column).textContent()) ?? '';
  const parts = [...text.matchAll(/([\d.,]+)\s*(ms|s|min|h|days)\b/g)];
  expect(parts.length, `a duration in "${text}"`).toBeGreaterThan(0);
  return parts.reduce((sum, [, n, unit]) => sum + Number(n.replace(/,/g, '')) * UNIT_S[unit], 0);
}
/** "805.5 MiB (1.01 × memory)" → MiB. */
async function mib(page: Page, column: number): Promise<number> {
  const text = (await cell(page, 'Data sent', column).textContent()) ?? '';
  const [, n, unit] = text.match(/([\d.,]+)\s*(MiB|GiB)/) ?? [];
  expect(n, `an amount in "${text}"`).toBeDefined();
  return Number(n.replace(/,/g, '')) * (unit === 'GiB' ? 1024 : 1);
}

test('presets compare live and offline; policy and auto-converge change the outcome; the URL keeps it', async ({
  lab: page,
}) => {
  await open(page, '/compare');
  await expect(page.getByRole('heading', { name: 'Live vs non-live migration' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Compare' })).toHaveAttribute('aria-current', 'page');

  await preset(page).selectOption({ label: 'Quake 3, 64 MB (Clark et al.)' });
  await expect(page).toHaveURL(/\?preset=quake3$/);
  await expect(page.getByRole('spinbutton', { name: 'Memory (MiB)' })).toHaveValue('64');
  expect(await seconds(page, 'Downtime', LIVE)).toBeLessThan(await seconds(page, 'Downtime', OFFLINE));
  expect(await seconds(page, 'Downtime', LIVE)).toBeCloseTo(0.06, 2); // Clark et al.: 60 ms
  expect(await mib(page, LIVE)).toBeGreaterThan(64);
  expect(await mib(page, OFFLINE)).toBe(64);
  await expect(cell(page, 'Stop reason', LIVE)).toContainText("Xen's limit of 29 live rounds");
  await expect(cell(page, 'Converged', LIVE)).toHaveText('No');
  await expect(cell(page, 'Downtime', DEFINITION)).toHaveText('0 s');
  await expect(cell(page, 'Data sent', DEFINITION)).toHaveText(/^0 MiB/);
  await expect(page.getByRole('img', { name: /Timeline of one guest migrated three ways/ })).toBeVisible();

  await preset(page).selectOption({ label: 'SPECweb99, 800 MB (Clark et al.)' });
  expect(await seconds(page, 'Downtime', LIVE)).toBeLessThan(await seconds(page, 'Downtime', OFFLINE));
  expect(await mib(page, LIVE)).toBeGreaterThan(800);

  // The same guest under QEMU's rule converges after one pass: 5.5 MiB copies in 212 ms < 300 ms.
  await page.getByRole('radio', { name: /^QEMU\/KVM/ }).check();
  await expect(cell(page, 'Converged', LIVE)).toHaveText('Yes');
  await expect(cell(page, 'Stop reason', LIVE)).toContainText('within the 300 ms downtime limit');
  await expect(cell(page, 'Rounds', LIVE)).toHaveText('2');
  await expect(preset(page)).toHaveValue('custom');
  await expect(page).toHaveURL(/policy=qemu/);

  await preset(page).selectOption({ label: 'Database (never converges)' });
  await expect(cell(page, 'Converged', LIVE)).toHaveText('No');
  await expect(cell(page, 'Stop reason', LIVE)).toContainText('Never converges');
  await expect(cell(page, 'Total time', LIVE)).toContainText('never ends');
  await expect(page.getByRole('img', { name: /Live migration never converges/ })).toBeVisible();

  await page.getByRole('radio', { name: /^Xen/ }).check();
  await expect(cell(page, 'Converged', LIVE)).toHaveText('No');
  await expect(cell(page, 'Stop reason', LIVE)).toContainText('Xen had sent more than 3 × memory');
  await expect(page.getByRole('checkbox', { name: /Auto-converge/ })).toBeDisabled();
  await expect(page.getByRole('spinbutton', { name: 'Downtime limit (ms)' })).toBeDisabled();

  await page.getByRole('radio', { name: /^QEMU\/KVM/ }).check();
  await page.getByRole('checkbox', { name: /Auto-converge/ }).check();
  await expect(cell(page, 'Converged', LIVE)).toHaveText('Yes');
  await expect(page).toHaveURL(/autoconverge=1/);

  // A trainer's link brings back the same values.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Auto-converge/ })).toBeChecked();
  await expect(page.getByRole('spinbutton', { name: 'Memory (MiB)' })).toHaveValue('4096');
  await expect(cell(page, 'Converged', LIVE)).toHaveText('Yes');
});

test('typed values recompute at once; impossible ones are explained next to the form', async ({ lab: page }) => {
  await open(page, '/compare?preset=idle');
  const memory = page.getByRole('spinbutton', { name: 'Memory (MiB)' });
  await memory.fill('1024');
  await expect(cell(page, 'Data sent', OFFLINE)).toHaveText(/^1 GiB/);
  await expect(page).toHaveURL(/memory=1024/);
  await page.getByRole('spinbutton', { name: 'Writable working set (MiB)' }).fill('2000');
  await expect(page.getByRole('form', { name: 'Migration parameters' }).getByRole('alert')).toContainText(
    'the writable working set must be between 0 and the memory size',
  );
  await expect(totals(page)).toBeHidden();
  await page.getByRole('spinbutton', { name: 'Writable working set (MiB)' }).fill('');
  await expect(totals(page)).toBeVisible();
  await expect(page).toHaveURL(/wws=all/);
});

test('playback: 10× moves the play head, the slider is keyboard operable, reduced motion means instant', async ({
  lab: page,
}) => {
  // The page's clock is the test's: at 10× the whole run lasts ~0.65 s of real time, less than a loaded
  // machine may take between two checks, so time moves only when the test says so.
  await open(page, '/compare?preset=quake3');
  await page.clock.install();
  const time = page.getByRole('slider', { name: 'Simulated time' });
  await page.getByRole('radio', { name: '10×' }).check();
  await time.focus();
  await page.keyboard.press('Home');
  await expect(page.getByText('At 0 s of simulated time')).toBeVisible();
  const [, end] = /^0 s of ([\d.]+) s$/.exec((await time.getAttribute('aria-valuetext')) ?? '') ?? [];
  expect(end, 'the run lasts seconds').toBeDefined();
  // Any time ahead of the page's clock, however long the machine took to get here.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 3_600_000);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(time).toHaveValue('0');
  const at = async () => (Number(await time.inputValue()) / 1000) * Number(end);
  // The loop's first frame only takes its time stamp, and on a loaded machine React may register it a
  // frame or two into the page's clock: step frame by frame until the head has moved, then measure.
  for (let frames = 0; (await at()) === 0 && frames < 30; frames++) await page.clock.runFor(16);
  const from = await at();
  expect(from, 'the head moved within 30 frames').toBeGreaterThan(0);
  // 300 ms at 10× is 3 s of simulated time (give or take one 16 ms frame: 0.16 s).
  await page.clock.runFor(300);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const moved = (await at()) - from;
  expect(moved).toBeGreaterThan(2.8);
  expect(moved).toBeLessThan(3.2);
  await page.clock.runFor(Number(end) * 100); // the rest, and more
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(time).toHaveValue('1000');
  await page.clock.resume();
  await page.getByRole('radio', { name: 'Instant' }).check();

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Instant' })).toBeChecked();
  await expect(time).toHaveValue('1000');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations, ${scheme}; screenshot`, async ({ lab: page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await open(page, '/compare?preset=specweb99');
    await expect(totals(page)).toBeVisible();
    await page.getByText('Every round as a table').click();
    const result = await new AxeBuilder({ page }).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map(
        (v) =>
          `${v.id} (${v.impact}) ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
    await page.getByText('Every round as a table').click();
    await page.screenshot({ path: `${shots}/compare-${scheme}.png`, fullPage: true });
    await open(page, '/compare?preset=database');
    await page.getByRole('slider', { name: 'Simulated time' }).fill('400');
    await page.screenshot({ path: `${shots}/compare-database-${scheme}.png`, fullPage: true });

    // A phone: the chart scrolls sideways inside a focusable region instead of shrinking its text.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    const narrow = await new AxeBuilder({ page }).analyze();
    expect(narrow.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
    await page.screenshot({ path: `${shots}/compare-phone-${scheme}.png`, fullPage: true });
  });
}
