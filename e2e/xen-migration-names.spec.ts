import type { Locator, Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/** Screenshots land beside the other pages' (e2e/a11y.spec.ts); look at them. */
const shots = 'test-results/screenshots';

/** The words this walk needs, as each locale's messages say them. */
const WORDS = {
  en: {
    prefix: '',
    migrate: 'Migrate…',
    dialog: /^Migrate pv-app/,
    target: 'Target host',
    submit: 'Migrate',
    panel: 'Migrating pv-app to xen1',
    places: 'pv-app on the source and the target',
    drawer: 'Console drawer',
    host: 'Host',
    show: 'Show console',
    hide: 'Hide console',
    input: (h: string) => `Command on ${h}`,
    log: 'Console output',
    xlName: (n: string) => `Shown by xl list as ${n}`,
    xenDirty: "the guest's 24 MiB/s (Xen reports its own from round 2)",
  },
  ja: {
    prefix: '/ja',
    migrate: 'マイグレーション…',
    dialog: /^pv-app のマイグレーション/,
    target: '移動先ホスト',
    submit: 'マイグレーション',
    panel: 'pv-app を xen1 へマイグレーション中',
    places: '移行元と移行先の pv-app',
    drawer: 'コンソールドロワー',
    host: 'ホスト',
    show: 'コンソールを表示',
    hide: 'コンソールを隠す',
    input: (h: string) => `${h} で実行するコマンド`,
    log: 'コンソールの出力',
    xlName: (n: string) => `xl list での表示名: ${n}`,
    xenDirty: 'ゲストの 24 MiB/s（Xen 自身の計測は 2 回目のラウンドから）',
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

const consoleHost = (page: Page, w: Words, host: string) =>
  page.getByRole('complementary', { name: w.drawer }).getByRole('combobox', { name: w.host }).selectOption(host);

/**
 * fixtures' typeInConsole in the page's language: opens the drawer if need be, runs the line, returns the log.
 * The input clears as Enter is pressed, before the lab answers: `answered` waits for the line in the log.
 */
async function typeIn(page: Page, w: Words, line: string, host: string, answered = false) {
  const input = page.getByRole('textbox', { name: w.input(host) });
  if (!(await input.isVisible())) await page.getByRole('button', { name: w.show }).click();
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  const log = page.getByRole('log', { name: w.log });
  if (answered) await expect(log).toContainText(line);
  return log;
}

/** pv-app on xen2 grown to 4 GiB (about 40 s over the lab's link: time to look at both hosts while it moves). */
async function bigPvApp(page: Page, w: Words) {
  await open(page, `${w.prefix}/hosts/xen2/domains/pv-app`);
  await typeIn(page, w, 'xm mem-max pv-app 4096', 'xen2', true);
  await typeIn(page, w, 'xm mem-set pv-app 4096', 'xen2', true);
}

/** The migrate dialog, to xen1, with `tool` chosen; `before` looks at the dialog before it is sent. */
async function migrateFromDialog(page: Page, w: Words, tool: 'xm' | 'xl', before?: (dialog: Locator) => Promise<void>) {
  const hide = page.getByRole('button', { name: w.hide });
  if (await hide.isVisible()) await hide.click();
  await page.getByRole('button', { name: w.migrate }).click();
  const dialog = page.getByRole('dialog', { name: w.dialog });
  await dialog.getByRole('combobox', { name: w.target }).selectOption('xen1');
  const radio = dialog.getByRole('radio', { name: new RegExp(`^${tool} migrate`) });
  if (tool === 'xl') await radio.check();
  // xm is the dialog's default tool on a Xen host.
  await expect(radio).toBeChecked();
  await before?.(dialog);
  await dialog.getByRole('button', { name: w.submit, exact: true }).click();
  return page.getByRole('region', { name: w.panel });
}

for (const locale of ['en', 'ja'] as const) {
  test(`${locale}: xl list on both Xen hosts while xend migrates a guest; the job panel names it as xl does`, async ({
    lab: page,
  }) => {
    const w = WORDS[locale];
    await bigPvApp(page, w);
    const job = await migrateFromDialog(page, w, 'xm');
    const places = job.getByRole('table', { name: w.places });
    // xend renames the source for the whole save; it restores the guest on the target under its own name.
    await expect(places).toContainText(w.xlName('migrating-pv-app'));
    await expect(places).toContainText(w.xlName('pv-app'));
    // Round 1's dirty rate is the guest's, standing in for Xen's own figure (not QEMU's).
    await expect(job).toContainText(w.xenDirty);

    const log = await typeIn(page, w, 'xl list', 'xen2');
    await expect(log).toContainText(/migrating-pv-app +1 +4096 +1 +r-----/);
    await consoleHost(page, w, 'xen1');
    await typeIn(page, w, 'xl list', 'xen1');
    await expect(log).toContainText(/\npv-app +\d+ +4096 +1 +--p---/);
    await expect(job).toBeVisible();
    await page.screenshot({ path: `${shots}/xen-migration-names-${locale}-console.png` });

    await page.getByRole('button', { name: w.hide }).click();
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await job.screenshot({ path: `${shots}/xen-migration-names-${locale}-${width}.png` });
    }
  });
}

const EXPLAIN = {
  en: { prefix: '', title: 'What you are looking at', term: 'What xl list shows on each Xen host' },
  ja: { prefix: '/ja', title: 'この図の見方', term: '各 Xen ホストで xl list に表示されるもの' },
} as const;

for (const locale of ['en', 'ja'] as const) {
  test(`${locale}: the compare page explains the names xl and xend give a migrating guest`, async ({ lab: page }) => {
    const w = EXPLAIN[locale];
    await open(page, `${w.prefix}/compare`);
    const explain = page.getByRole('region', { name: w.title });
    const term = explain.getByRole('term').filter({ hasText: w.term });
    await expect(term).toBeVisible();
    const text = explain.getByRole('definition').last();
    for (const name of ['name--incoming', 'name--migratedaway', 'migrating-name'])
      await expect(text.getByRole('code').filter({ hasText: name })).toBeVisible();
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await explain.screenshot({ path: `${shots}/compare-xen-names-${locale}-${width}.png` });
    }
  });
}

test('en: a Xen guest preserved after it powers off is shut off but held: Start says why, Destroy frees it', async ({
  lab: page,
}) => {
  const w = WORDS.en;
  await open(page, '/hosts/xen2/domains/pv-app');
  await typeIn(page, w, 'virsh set-lifecycle-action pv-app poweroff preserve --live', 'xen2', true);
  await page.getByRole('button', { name: w.hide }).click();
  await page.getByRole('button', { name: 'Shut down', exact: true }).click();
  const state = page.getByRole('status', { name: 'Domain state' });
  await expect(state).toHaveText('shut off(shutdown)');
  const start = page.getByRole('button', { name: 'Start', exact: true });
  await expect(start).toHaveAccessibleDescription('start: libxl still holds the preserved domain (destroy frees it)');
  await page.getByRole('heading', { level: 1 }).click();
  for (const width of [390, 1024, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shots}/xen-preserved-en-${width}.png` });
  }
  const log = await typeIn(page, w, 'xl list', 'xen2');
  await expect(log).toContainText(/\npv-app +1 +512 +1 +---s--/);
  await page.getByRole('button', { name: 'Destroy', exact: true }).click();
  await expect(state).toHaveText('shut off(destroyed)');
  await expect(start).toBeEnabled();
});

for (const locale of ['en', 'ja'] as const) {
  test(`${locale}: xl migrate from the dialog: xl list on the target shows pv-app--incoming while it arrives`, async ({
    lab: page,
  }) => {
    const w = WORDS[locale];
    await bigPvApp(page, w);
    const job = await migrateFromDialog(page, w, 'xl', async (dialog) => {
      // xl takes no flag but --live's meaning: the others are off.
      await expect(dialog.getByRole('checkbox', { name: /^--persistent/ })).toBeDisabled();
      await expect(dialog.getByRole('definition').filter({ hasText: 'xl migrate pv-app' }).first()).toBeVisible();
      if (locale === 'en')
        for (const width of [390, 1024, 1366]) {
          await page.setViewportSize({ width, height: 900 });
          await dialog.screenshot({ path: `${shots}/migrate-dialog-xl-${width}.png` });
        }
      await page.setViewportSize({ width: 1366, height: 900 });
    });

    const places = job.getByRole('table', { name: w.places });
    await expect(places).toContainText(w.xlName('pv-app--incoming'));
    const log = await typeIn(page, w, 'xl list', 'xen2');
    await expect(log).toContainText(/\npv-app +1 +4096 +1 +r-----/);
    await consoleHost(page, w, 'xen1');
    await typeIn(page, w, 'xl list', 'xen1');
    await expect(log).toContainText(/pv-app--incoming +\d+ +4096 +1 +--p---/);
    await page.screenshot({ path: `${shots}/xen-migration-xl-${locale}-console.png` });
  });
}

for (const locale of ['en', 'ja'] as const) {
  test(`${locale}: xl migrate … & at the console: a bash job; xl list on both hosts while it runs; wait prints the rest`, async ({
    lab: page,
  }) => {
    const w = WORDS[locale];
    await bigPvApp(page, w);
    const log = await typeIn(page, w, 'xl migrate pv-app xen1 &', 'xen2', true);
    await expect(log).toContainText(/\[1\] \d+\nmigration target: Ready to receive domain\./);
    await typeIn(page, w, 'jobs', 'xen2');
    await expect(log).toContainText('[1]+  Running                 xl migrate pv-app xen1 &');
    await typeIn(page, w, 'xl list', 'xen2');
    await expect(log).toContainText(/\npv-app +1 +4096 +1 +r-----/);
    await consoleHost(page, w, 'xen1');
    await typeIn(page, w, 'xl list', 'xen1');
    await expect(log).toContainText(/pv-app--incoming +\d+ +4096 +1 +--p---/);
    await page.screenshot({ path: `${shots}/xen-console-job-${locale}.png` });
    await consoleHost(page, w, 'xen2');
    await typeIn(page, w, 'wait', 'xen2');
    await expect(log).toContainText(/Migration successful\.\n\[1\]\+ {2}Done {20}xl migrate pv-app xen1/);
    await typeIn(page, w, 'fg', 'xen2');
    await expect(log).toContainText('-bash: fg: current: no such job');
  });
}

for (const locale of ['en', 'ja'] as const) {
  test(`${locale}: xl destroy pv-app--incoming on the target fails the background xl migrate; the guest runs on at its source`, async ({
    lab: page,
  }) => {
    const w = WORDS[locale];
    await bigPvApp(page, w);
    const log = await typeIn(page, w, 'xl migrate pv-app xen1 &', 'xen2', true);
    await consoleHost(page, w, 'xen1');
    await typeIn(page, w, 'xl destroy pv-app--incoming', 'xen1', true);
    await typeIn(page, w, 'xl list', 'xen1', true);
    await expect(log).toContainText(/Domain-0 +0 /);
    // The line typed names it; no row of xl list does any more.
    await expect(log).not.toContainText(/pv-app--incoming +\d+ +4096/);
    await consoleHost(page, w, 'xen2');
    await typeIn(page, w, 'xl list', 'xen2');
    // The job's own lines come as it wrote them; bash tells of the job's end after the command's output
    // (before its next prompt), so `[1]+  Exit 3` follows xl list's rows (decision 082: one ordered stream).
    await expect(log).toContainText(
      /Migration failed, resuming at sender\.\n(?:.*\n)*?pv-app +1 +4096 +1 +r-----.*\n\[1\]\+ {2}Exit 3 {18}xl migrate pv-app xen1/,
    );
  });
}
