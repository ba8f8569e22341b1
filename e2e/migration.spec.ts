import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, open, test, typeInConsole } from './fixtures';

/** Screenshots land beside the other pages' (e2e/a11y.spec.ts); look at them. */
const shots = 'test-results/screenshots';

async function noSeriousViolations(page: Page, what: string, include?: string) {
  const builder = new AxeBuilder({ page });
  const result = await (include ? builder.include(include) : builder).analyze();
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

const dialog = (page: Page) => page.getByRole('dialog', { name: /^Migrate / });
const preconditions = (page: Page) => dialog(page).getByRole('region', { name: 'Preconditions' });
const panel = (page: Page, name: string, target: string) =>
  page.getByRole('region', { name: `Migrating ${name} to ${target}` });
const outcome = (page: Page, name: string, target: string) =>
  page.getByRole('region', { name: `Migration of ${name} to ${target}` });
const state = (page: Page) => page.getByRole('status', { name: 'Domain state' });

async function openDialog(page: Page, host: string, name: string) {
  await open(page, `/hosts/${host}/domains/${name}`);
  await page.getByRole('button', { name: 'Migrate…' }).click();
  await expect(dialog(page)).toBeVisible();
  // Every precondition is listed once the check has answered.
  await expect(preconditions(page).getByRole('listitem').first()).toBeVisible();
}

/** Seconds elapsed as the job panel's "Time elapsed" figure shows them. */
async function elapsedMs(figures: Locator): Promise<number> {
  const text = (await figures.getByRole('definition').first().textContent()) ?? '';
  const [, n, unit] = text.match(/([\d.]+)\s*(ms|s)/) ?? [];
  return Number(n) * (unit === 's' ? 1000 : 1);
}

test('live: the dialog checks, shows the commands, and the guest arrives on the target', async ({ lab: page }) => {
  await openDialog(page, 'kvm1', 'web01');
  const d = dialog(page);
  await expect(d.getByRole('combobox', { name: 'Target host' })).toHaveValue('kvm2');
  await expect(d.getByRole('checkbox', { name: /^--live/ })).toBeChecked();
  for (const check of [
    'Domain is active',
    'Target reachable',
    'Same hypervisor',
    'No other domain of that name on the target',
    'Enough free memory on the target',
  ]) {
    await expect(preconditions(page).getByRole('listitem').filter({ hasText: check })).toContainText(
      `Passed: ${check}`,
    );
  }
  const commands = d.getByRole('definition');
  await expect(commands.filter({ hasText: 'virsh migrate' })).toHaveText(
    'virsh migrate --live web01 qemu+ssh://kvm2.lab/system',
  );
  // kvm1 is a KVM host: xm and xl do not apply, and say so.
  await expect(commands.filter({ hasText: 'xm and xl manage Xen only' })).toHaveCount(2);
  // The command follows the form.
  await d.getByRole('checkbox', { name: /^--persistent/ }).check();
  await expect(commands.filter({ hasText: 'virsh migrate' })).toHaveText(
    'virsh migrate --live --persistent web01 qemu+ssh://kvm2.lab/system',
  );
  await expect(d.getByRole('region', { name: 'Estimate' })).toContainText(/downtime \d+ ms/);

  await d.getByRole('button', { name: 'Migrate', exact: true }).click();
  await expect(dialog(page)).toBeHidden();
  // A button is a command: the page echoes the line it ran.
  await expect(page.getByRole('status', { name: 'Last command output' })).toContainText(
    'virsh migrate --live --persistent web01 qemu+ssh://kvm2.lab/system',
  );
  const job = panel(page, 'web01', 'kvm2');
  await expect(job).toBeVisible();
  await expect(job.getByRole('progressbar', { name: 'Migration progress' })).toBeVisible();
  const figures = job.getByRole('definition').locator('xpath=..');
  await expect(job.getByRole('term').filter({ hasText: 'Expected downtime' })).toBeVisible();
  // It moves with time (1×): the source keeps the guest running meanwhile.
  const first = await elapsedMs(figures);
  await expect.poll(() => elapsedMs(figures), { timeout: 5000 }).toBeGreaterThan(first);
  await expect(state(page)).toContainText('running');
  await expect(job).toContainText(/Pre-copy round \d+: web01 keeps running on kvm1/);
  // The target already holds the arriving guest, paused, as libvirt's Prepare step starts it.
  await expect(job.getByRole('table')).toContainText(/Target kvm2\s*paused\s*\(migrating\)/);

  await job.getByRole('button', { name: '10×' }).click();
  await expect(job.getByRole('button', { name: '10×' })).toHaveAttribute('aria-pressed', 'true');
  const done = outcome(page, 'web01', 'kvm2');
  await expect(done.getByRole('status')).toContainText('Migrated. web01 now runs on kvm2', { timeout: 15_000 });
  await expect(state(page)).toContainText('shut off(migrated)');
  await done.getByRole('link', { name: 'Open web01 on kvm2' }).click();
  await expect(page).toHaveURL(/\/hosts\/kvm2\/domains\/web01$/);
  await expect(state(page)).toContainText('running(migrated)');
});

test('offline (non-live): the guest is paused for the whole copy, then runs on the target', async ({ lab: page }) => {
  await openDialog(page, 'kvm1', 'web01');
  await dialog(page)
    .getByRole('checkbox', { name: /^--live/ })
    .uncheck();
  await expect(dialog(page).getByRole('definition').filter({ hasText: 'virsh migrate' })).toHaveText(
    'virsh migrate web01 qemu+ssh://kvm2.lab/system',
  );
  await dialog(page).getByRole('button', { name: 'Migrate', exact: true }).click();
  const job = panel(page, 'web01', 'kvm2');
  await expect(job).toContainText('web01 is paused on kvm1 for the whole copy');
  await expect(state(page)).toContainText('paused(migrating)');
  await job.getByRole('button', { name: 'Skip to the end' }).click();
  await expect(outcome(page, 'web01', 'kvm2').getByRole('status')).toContainText('Migrated. web01 now runs on kvm2');
  await expect(outcome(page, 'web01', 'kvm2').getByRole('table')).toContainText(/Target kvm2\s*running\s*\(migrated\)/);
});

test('cancel midway: the guest is still running on its source, and kvm2 has no copy', async ({ lab: page }) => {
  await openDialog(page, 'kvm1', 'db01');
  await dialog(page).getByRole('button', { name: 'Migrate', exact: true }).click();
  const job = panel(page, 'db01', 'kvm2');
  await expect(job.getByRole('progressbar')).toHaveAttribute('aria-valuetext', /^[1-9]\d* %/, { timeout: 10_000 });
  await job.getByRole('button', { name: 'Cancel migration' }).click();
  const done = outcome(page, 'db01', 'kvm2');
  await expect(done.getByRole('status')).toHaveText(
    'Migration cancelled. Nothing lost: db01 is running on kvm1, and kvm2 has no copy.',
  );
  await expect(state(page)).toContainText('running');
  await open(page, '/');
  await expect(page.getByRole('table', { name: 'Domains on kvm2' })).not.toContainText('db01');
});

test('post-copy: a link cut after the switch-over leaves the guest paused on both hosts, and the panel says so', async ({
  lab: page,
}) => {
  await openDialog(page, 'kvm1', 'db01');
  await dialog(page)
    .getByRole('checkbox', { name: /^--postcopy/ })
    .check();
  await dialog(page).getByRole('button', { name: 'Migrate', exact: true }).click();
  const job = panel(page, 'db01', 'kvm2');
  await job.getByRole('button', { name: '10×' }).click();
  // The first pass takes 70 s of lab time; post-copy's own is short (1 GiB at 117 MiB/s, about 9 s):
  // back to real time before the switch-over, so the link is cut inside it.
  await expect(job).toContainText(/Time elapsed\s*1 min/, { timeout: 30_000 });
  await job.getByRole('button', { name: '1×' }).click();
  await expect(job).toContainText('Post-copy: db01 runs on kvm2', { timeout: 20_000 });
  await job.getByRole('button', { name: 'Cut the link' }).click();
  await expect(job).toContainText('Post-copy failed: the link broke after the switch-over.');
  await expect(state(page)).toHaveText('paused(post-copy failed)');
  await expect(job.getByRole('progressbar')).toHaveAttribute(
    'aria-valuetext',
    /^\d+ % — stopped: the post-copy failed$/,
  );
  await job.screenshot({ path: `${shots}/migrate-postcopy-failed.png` });
});

test('console during a job: state changes wait for the job lock, domjobinfo shows figures', async ({ lab: page }) => {
  await openDialog(page, 'kvm1', 'web01');
  // 20 MiB/s against 24 MiB/s of dirtying: it never converges, so it stays put while we type.
  await dialog(page)
    .getByRole('textbox', { name: /--bandwidth/ })
    .fill('20');
  await expect(dialog(page).getByRole('region', { name: 'Estimate' })).toContainText('Never converges');
  await dialog(page).getByRole('button', { name: 'Migrate', exact: true }).click();
  const job = panel(page, 'web01', 'kvm2');
  await expect(job).toBeVisible();
  await expect(job.getByRole('button', { name: 'Skip to the end' })).toHaveAttribute('aria-disabled', 'true');
  const log = await typeInConsole(page, 'virsh suspend web01');
  await expect(log).toContainText("error: Failed to suspend domain 'web01'");
  await expect(log).toContainText('cannot acquire state change lock');
  await typeInConsole(page, 'virsh domjobinfo web01');
  await expect(log).toContainText(/Memory processed: +\d+\.\d{3} MiB/);
  await expect(log).toContainText(/Memory bandwidth: +20\.000 MiB\/s/);
  await job.getByRole('button', { name: 'Cancel migration' }).click();
  await expect(outcome(page, 'web01', 'kvm2').getByRole('status')).toContainText('Nothing lost');
});

test('destroy during a migration: the migration fails, the target lets go, and the panel says what is left', async ({
  lab: page,
}) => {
  await openDialog(page, 'kvm1', 'web01');
  await dialog(page)
    .getByRole('textbox', { name: /--bandwidth/ })
    .fill('20');
  await dialog(page).getByRole('button', { name: 'Migrate', exact: true }).click();
  const job = panel(page, 'web01', 'kvm2');
  await expect(job.getByRole('table')).toContainText(/Target kvm2\s*paused\s*\(migrating\)/);
  // Destroy stays offered during the job (libvirt kills the process before it takes the job lock).
  await page.getByRole('button', { name: 'Destroy', exact: true }).click();
  const done = outcome(page, 'web01', 'kvm2');
  await expect(done.getByRole('status')).toHaveText(
    'Migration failed. (source destroyed) web01 is shut off on kvm1, and kvm2 has no copy.',
  );
  await expect(state(page)).toContainText('shut off(destroyed)');
  await open(page, '/');
  await expect(page.getByRole('table', { name: 'Domains on kvm2' })).not.toContainText('web01');
});

test('the compare page opens from the dialog and from the job panel, set to this guest', async ({ lab: page }) => {
  await openDialog(page, 'kvm1', 'web01');
  await dialog(page).getByRole('link', { name: 'Compare live and non-live for this guest' }).click();
  await expect(page).toHaveURL(/\/compare\?policy=qemu&memory=2048&bandwidth=117&dirty=24&wws=256/);
  await expect(page.getByRole('spinbutton', { name: 'Memory (MiB)' })).toHaveValue('2048');
  await openDialog(page, 'kvm1', 'web01');
  await dialog(page).getByRole('button', { name: 'Migrate', exact: true }).click();
  await panel(page, 'web01', 'kvm2').getByRole('link', { name: 'Compare live and non-live for this guest' }).click();
  await expect(page).toHaveURL(/\/compare\?policy=qemu&memory=2048/);
});

test('from the overview row menu; and a Xen relocation refusal shows before anything runs', async ({ lab: page }) => {
  await open(page, '/');
  await page.getByRole('button', { name: 'Actions for mail01' }).click();
  await page.getByRole('menuitem', { name: 'Migrate…' }).click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('combobox', { name: 'Target host' })).toHaveValue('kvm1');
  await dialog(page).getByRole('button', { name: 'Migrate', exact: true }).click();
  await expect(page).toHaveURL(/\/hosts\/kvm2\/domains\/mail01$/);
  await expect(panel(page, 'mail01', 'kvm1')).toBeVisible();

  await openDialog(page, 'xen1', 'pv-web');
  await expect(dialog(page).getByRole('radio', { name: /^xm migrate/ })).toBeChecked();
  await expect(preconditions(page).getByRole('listitem').filter({ hasText: 'Xen relocation allowed' })).toContainText(
    'Failed: Xen relocation allowed',
  );
  await expect(preconditions(page)).toContainText(
    "xm would answer: Error: can't connect: [Errno 111] Connection refused",
  );
  await expect(dialog(page).getByRole('button', { name: 'Migrate', exact: true })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.screenshot({ path: `${shots}/migrate-dialog-xm-refused-light.png` });
  // xl goes over ssh: xend's settings play no part (shown as the equivalent).
  await expect(dialog(page).getByRole('definition').filter({ hasText: 'xl migrate' })).toHaveText(
    'xl migrate pv-web xen2.lab',
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('migrate dialog and job panel: no serious axe violations; screenshots', async ({ lab: page }) => {
      await openDialog(page, 'kvm1', 'web01');
      await dialog(page)
        .getByRole('checkbox', { name: /^--persistent/ })
        .check();
      // A slow link (about a minute of lab time): the axe runs and screenshots below, slow on a
      // loaded machine, end before the job does, so Skip to the end is still there to press.
      await dialog(page)
        .getByRole('textbox', { name: /--bandwidth/ })
        .fill('40');
      await expect(dialog(page).getByRole('region', { name: 'Estimate' })).toContainText('About');
      await noSeriousViolations(page, 'migrate dialog');
      await page.screenshot({ path: `${shots}/migrate-dialog-${scheme}.png` });
      await dialog(page).getByRole('combobox', { name: 'Target host' }).selectOption('xen1');
      await expect(preconditions(page)).toContainText('Failed: Same hypervisor');
      await page.screenshot({ path: `${shots}/migrate-dialog-refused-${scheme}.png` });
      await dialog(page).getByRole('combobox', { name: 'Target host' }).selectOption('kvm2');
      await expect(preconditions(page)).not.toContainText('Failed');
      await dialog(page).getByRole('button', { name: 'Migrate', exact: true }).click();
      const job = panel(page, 'web01', 'kvm2');
      await expect(job.getByRole('progressbar')).toHaveAttribute('aria-valuetext', /^[1-9]\d* %/, { timeout: 10_000 });
      await noSeriousViolations(page, 'job panel');
      // Focus went back to Migrate…, whose tooltip would cover the panel's corner in the picture.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await job.screenshot({ path: `${shots}/migrate-job-panel-${scheme}.png` });
      await page.screenshot({ path: `${shots}/migrate-domain-page-${scheme}.png`, fullPage: true });
      await job.getByRole('button', { name: 'Skip to the end' }).click();
      const done = outcome(page, 'web01', 'kvm2');
      await expect(done.getByRole('status')).toContainText('Migrated.');
      await noSeriousViolations(page, 'job outcome');
      await done.screenshot({ path: `${shots}/migrate-job-done-${scheme}.png` });
    });
  });
}

for (const lang of ['en', 'ja'] as const)
  test(`a phone (390 px, ${lang}): the job panel shows every round's bar whole`, async ({ lab: page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDialog(page, 'kvm1', 'web01');
    await dialog(page).getByRole('combobox', { name: 'Target host' }).selectOption('kvm2');
    // A slow link: the dirty set shrinks slowly, so the copy takes eight rounds.
    await dialog(page)
      .getByRole('textbox', { name: /--bandwidth/ })
      .fill('40');
    await expect(preconditions(page)).not.toContainText('Failed');
    await dialog(page).getByRole('button', { name: 'Migrate', exact: true }).click();
    const job = panel(page, 'web01', 'kvm2');
    await expect(job.getByRole('list', { name: 'Copy rounds' }).getByRole('listitem').nth(7)).toBeAttached();
    // The job runs on in the lab: the Japanese page shows the same panel.
    if (lang === 'ja') await page.goto('/ja/hosts/kvm1/domains/web01');
    const list = page.getByRole('list', { name: lang === 'en' ? 'Copy rounds' : 'コピーのラウンド' });
    await expect(list.getByRole('listitem').nth(7)).toBeAttached();
    const box = (await list.boundingBox())!;
    const items = await list
      .getByRole('listitem')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(items.length).toBeGreaterThanOrEqual(8);
    for (const [i, right] of items.entries())
      expect(right, `round ${i + 1} cut`).toBeLessThanOrEqual(box.x + box.width);
    // Nothing to scroll, so no tab stop there.
    await expect(list).not.toHaveAttribute('tabindex');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await list.locator('xpath=ancestor::section[1]').screenshot({ path: `${shots}/migrate-job-panel-390-${lang}.png` });
  });

test('a migration typed at the console brings up the job panel at once; every action but destroy waits for it', async ({
  lab: page,
}) => {
  await open(page, '/hosts/kvm1/domains/web01');
  // 20 MiB/s against 24 MiB/s of dirtying: it never converges, so the job stays while we look.
  await typeInConsole(page, 'virsh migrate --live web01 qemu+ssh://kvm2.lab/system --bandwidth 20');
  const job = panel(page, 'web01', 'kvm2');
  // No reload, no poll of the overview: the console's own refresh shows it.
  await expect(job).toBeVisible();
  const why = 'a migration job is running on this domain';
  const lifecycle = page.getByRole('group', { name: 'Lifecycle actions' });
  for (const name of ['Shut down', 'Suspend', 'Rename…', 'Migrate…']) {
    const button = lifecycle.getByRole('button', { name, exact: true });
    await expect(button, name).toHaveAttribute('aria-disabled', 'true');
    await expect(button, name).toHaveAccessibleDescription(new RegExp(why));
  }
  // The resource panel's forms take the same lock (virDomainSetMemoryFlags, …); autostart takes none.
  const resources = page.getByRole('region', { name: 'Resources' });
  for (const name of ['Set memory…', 'Set max memory…', 'Set vCPUs…', 'Pin vCPU…']) {
    const button = resources.getByRole('button', { name, exact: true });
    await expect(button, name).toHaveAttribute('aria-disabled', 'true');
    await expect(button, name).toHaveAccessibleDescription(new RegExp(why));
  }
  await expect(resources.getByRole('button', { name: 'Change autostart…' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  // Destroy stays offered (libvirt kills the process before it takes the job lock).
  await expect(lifecycle.getByRole('button', { name: 'Destroy', exact: true })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.getByRole('button', { name: 'Hide console' }).click();
  await page.screenshot({ path: `${shots}/console-migration-job-1366.png` });
  await job.getByRole('button', { name: 'Cancel migration' }).click();
  await expect(outcome(page, 'web01', 'kvm2').getByRole('status')).toContainText('Nothing lost');
  for (const name of ['Rename…', 'Migrate…'])
    await expect(lifecycle.getByRole('button', { name, exact: true }), name).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
  await expect(resources.getByRole('button', { name: 'Set memory…' })).not.toHaveAttribute('aria-disabled', 'true');
});
