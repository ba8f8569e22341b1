import type { Page } from '@playwright/test';
import { lessonOutline } from '../lib/lessons/outline';
import { lessonById } from '../lib/lessons/registry';
import { panel as lessonPanel, startLesson } from '../walkthrough/drive';
import { expect, open, test } from './fixtures';

/**
 * Issue 12, "Feedback where the eye is" and "What is shown is true": every action shows its
 * command and the tool's answer in view; the diagram, the equivalents and the figures say what
 * the lab does. Screenshots land beside the others (e2e/a11y.spec.ts); look at them.
 */
const shots = 'test-results/screenshots/feedback';
const widths = [390, 1024, 1366] as const;

const state = (page: Page) => page.getByRole('status', { name: 'Domain state' });
const lastCommand = (page: Page) => page.getByRole('status', { name: 'Last command output' });
const migrateDialog = (page: Page) => page.getByRole('dialog', { name: /^Migrate / });
const running = (page: Page, name: string, target: string) =>
  page.getByRole('region', { name: `Migrating ${name} to ${target}` });
const ended = (page: Page, name: string, target: string) =>
  page.getByRole('region', { name: `Migration of ${name} to ${target}` });

/** Wholly inside the viewport (once a toast has slid in). */
async function inViewport(page: Page, what: ReturnType<Page['getByRole']>) {
  const vp = page.viewportSize()!;
  await expect(async () => {
    const box = await what.boundingBox();
    expect(box, 'on screen').not.toBeNull();
    expect(box!.y, 'below the top edge').toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, 'above the bottom edge').toBeLessThanOrEqual(vp.height);
  }).toPass({ timeout: 5_000 });
}

async function startMigration(page: Page, host: string, name: string, bandwidth?: string) {
  await open(page, `/hosts/${host}/domains/${name}`);
  await page.getByRole('button', { name: 'Migrate…' }).click();
  await expect(
    migrateDialog(page).getByRole('region', { name: 'Preconditions' }).getByRole('listitem').first(),
  ).toBeVisible();
  if (bandwidth)
    await migrateDialog(page)
      .getByRole('textbox', { name: /--bandwidth/ })
      .fill(bandwidth);
  await migrateDialog(page).getByRole('button', { name: 'Migrate', exact: true }).click();
  await expect(migrateDialog(page)).toBeHidden();
}

for (const width of widths) {
  test(`an overview row action shows the virsh line and virsh's answer in view (${width} px)`, async ({
    lab: page,
  }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
    await open(page, '/');
    await page.getByRole('button', { name: 'Actions for web01' }).click();
    await page.getByRole('menuitem', { name: 'Suspend' }).click();
    const echo = page
      .getByRole('region', { name: /Notifications/ })
      .getByRole('status', { name: 'virsh suspend web01' });
    await expect(echo).toContainText('root@kvm1:~# virsh suspend web01');
    await expect(echo).toContainText("Domain 'web01' suspended");
    await inViewport(page, echo);
    await expect(page.getByRole('row', { name: /web01/ }).first()).toContainText('paused(user)');
    await page.screenshot({ path: `${shots}/overview-row-action-${width}.png` });
  });
}

test('the domain page shows the last command and its output with the buttons at 1366×768', async ({ lab: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await open(page, '/hosts/kvm1/domains/web01');
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(state(page)).toHaveText('paused(user)');
  await expect(lastCommand(page)).toContainText("Domain 'web01' suspended");
  await inViewport(page, lastCommand(page));
  await inViewport(page, page.getByRole('button', { name: 'Resume', exact: true }));
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.screenshot({ path: `${shots}/domain-1366x768.png` });
});

for (const lang of ['en', 'ja'] as const)
  test(`the last command follows a console line on this domain, not a button's older one (${lang}, 390/1024/1366 px)`, async ({
    lab: page,
  }) => {
    const w =
      lang === 'en'
        ? {
            suspend: 'Suspend',
            show: 'Show console',
            input: 'Command on kvm1',
            echo: 'Last command output',
            resumed: "Domain 'web01' resumed",
            suspended: 'suspended',
          }
        : {
            suspend: '一時停止',
            show: 'コンソールを表示',
            input: 'kvm1 で実行するコマンド',
            echo: '直前のコマンドの出力',
            resumed: "ドメイン 'web01' が再開されました",
            suspended: '停止しました',
          };
    await open(page, lang === 'en' ? '/hosts/kvm1/domains/web01' : '/ja/hosts/kvm1/domains/web01');
    const echo = page.getByRole('status', { name: w.echo });
    await page.getByRole('main').getByRole('button', { name: w.suspend, exact: true }).click();
    await expect(echo).toContainText('virsh suspend web01');
    await page.getByRole('button', { name: w.show }).click();
    const input = page.getByRole('textbox', { name: w.input });
    // A line that names another domain leaves the echo as it was.
    await input.fill('virsh dominfo db01');
    await input.press('Enter');
    await expect(page.getByRole('log').getByText('db01').first()).toBeVisible();
    await expect(echo).toContainText('virsh suspend web01');
    await input.fill('virsh resume web01');
    await input.press('Enter');
    await expect(echo).toContainText('virsh resume web01');
    await expect(echo).toContainText(w.resumed);
    await expect(echo).not.toContainText(w.suspended);
    await page.getByRole('button', { name: lang === 'en' ? 'Hide console' : 'コンソールを隠す' }).click();
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      await echo.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/last-command-console-${lang}-${width}.png` });
    }
  });

test("cancelling a migration echoes virsh domjobabort, and the migrate line gets virsh's error", async ({
  lab: page,
}) => {
  // 20 MiB/s against 24 MiB/s of dirtying never converges: the job waits for the cancel.
  await startMigration(page, 'kvm1', 'web01', '20');
  await running(page, 'web01', 'kvm2').getByRole('button', { name: 'Cancel migration' }).click();
  const done = ended(page, 'web01', 'kvm2');
  const abort = done.getByRole('group', { name: 'The domjobabort command and what virsh printed' });
  await expect(abort).toContainText('root@kvm1:~# virsh domjobabort web01');
  const migrate = done.getByRole('group', { name: 'The migrate command and what virsh printed' });
  await expect(migrate).toContainText('virsh migrate --live --bandwidth 20 web01 qemu+ssh://kvm2.lab/system');
  await expect(migrate).toContainText("error: operation aborted: job 'migration out' canceled by client");
  // The echo under the buttons says the same.
  await expect(lastCommand(page)).toContainText('virsh domjobabort web01');
  await done.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/job-panel-aborted.png`, fullPage: true });
});

test("a failed migration (cut link) shows virsh's error under the migrate line", async ({ lab: page }) => {
  await startMigration(page, 'kvm1', 'web01', '20');
  await running(page, 'web01', 'kvm2').getByRole('button', { name: 'Cut the link' }).click();
  const migrate = ended(page, 'web01', 'kvm2').getByRole('group', {
    name: 'The migrate command and what virsh printed',
  });
  await expect(migrate).toContainText(
    "error: operation failed: job 'migration out' failed: Unable to write to socket: Connection timed out",
  );
  await ended(page, 'web01', 'kvm2').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/job-panel-failed.png`, fullPage: true });
});

test('when a migration ends, the panel, the header, both hosts and the tooltips change in the same frame', async ({
  lab: page,
}) => {
  await startMigration(page, 'kvm1', 'web01');
  await expect(running(page, 'web01', 'kvm2')).toBeVisible();
  // Sample the page after every DOM change and every frame until the outcome shows.
  await page.evaluate(() => {
    const w = window as unknown as { frames_: string[][] };
    w.frames_ = [];
    const sample = () => {
      const region = (name: string) => document.querySelector(`section[aria-label="${name}"]`);
      const header = document.querySelector('[aria-label="Domain state"]')?.textContent ?? '';
      const done = region('Migration of web01 to kvm2');
      const places = done?.querySelector('table')?.textContent ?? '';
      // The page's own text, not the scripts' (the messages payload holds every "why" sentence).
      const body = document.getElementById('main')?.textContent ?? '';
      w.frames_.push([
        done?.textContent?.includes('Migrated.') ? 'outcome' : 'no-outcome',
        region('Migrating web01 to kvm2') ? 'running-panel' : 'no-running-panel',
        header,
        places,
        body.includes('a migration job is running on this domain') ? 'job-tooltips' : 'no-job-tooltips',
      ]);
    };
    new MutationObserver(sample).observe(document.body, { subtree: true, childList: true, characterData: true });
    const tick = () => {
      sample();
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await running(page, 'web01', 'kvm2').getByRole('button', { name: 'Skip to the end' }).click();
  await expect(ended(page, 'web01', 'kvm2').getByRole('status').first()).toContainText(
    'Migrated. web01 now runs on kvm2',
  );
  const frames = await page.evaluate(() => (window as unknown as { frames_: string[][] }).frames_);
  const mixed = frames.filter(
    ([outcome, panel, header, places, tooltips]) =>
      (outcome === 'outcome' &&
        (header !== 'shut off(migrated)' ||
          !/Source kvm1\s*shut off\s*\(migrated\)/.test(places) ||
          !/Target kvm2\s*running\s*\(migrated\)/.test(places) ||
          tooltips === 'job-tooltips')) ||
      (header === 'shut off(migrated)' && (panel === 'running-panel' || outcome !== 'outcome')),
  );
  // The sampler saw both worlds: the job's (its buttons say why they wait) and the outcome.
  expect(frames.some((f) => f[4] === 'job-tooltips')).toBe(true);
  expect(frames.some(([o]) => o === 'outcome')).toBe(true);
  expect(mixed).toEqual([]);
});

test('the diagram draws restore of a --paused save (shut off → paused) and lights it', async ({ lab: page }) => {
  await open(page, '/hosts/kvm1/domains/web01');
  await page.getByRole('button', { name: 'Save…' }).click();
  const save = page.getByRole('dialog', { name: 'Save web01 to a file' });
  await save.getByRole('radio', { name: '--paused' }).check();
  await save.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(state(page)).toHaveText('shut off(saved)');
  await page.getByRole('button', { name: 'Restore…' }).click();
  const restore = page.getByRole('dialog', { name: /^Restore/ });
  await restore.getByRole('radio', { name: /web01\.save/ }).check();
  await restore.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(state(page)).toHaveText('paused(user)');
  const figure = page.getByRole('figure');
  await expect(figure).toContainText('shut off (saved) → paused (user) by restore');
  const lit = figure.locator('[data-lit]');
  await expect(lit).toHaveAttribute('data-edge', 'shut off→paused');
  await expect(lit).toContainText('restore');
});

test('a migration lights its own "migrate" arrow on the source, not the shutdown/destroy one', async ({
  lab: page,
}) => {
  await startMigration(page, 'kvm1', 'web01');
  await running(page, 'web01', 'kvm2').getByRole('button', { name: 'Skip to the end' }).click();
  await expect(state(page)).toHaveText('shut off(migrated)');
  const lit = page.getByRole('figure').locator('[data-lit]');
  await expect(lit).toHaveAttribute('data-edge', 'running→shut off');
  await expect(lit).toHaveAttribute('data-kind', 'migrate');
  await expect(lit).toHaveText('migrate');
  await expect(page.getByRole('figure')).toContainText('by migrate');
});

test('at 1024 px with the lesson panel open the diagram labels render at 11 px or more', async ({ lab: page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await startLesson(page, lessonOutline(lessonById('lifecycle-basics')!));
  await open(page, '/hosts/kvm1/domains/web01');
  await expect(lessonPanel(page)).toBeVisible();
  const sizes = await page
    .getByRole('figure')
    .locator('svg')
    .evaluate((svg: SVGSVGElement) => {
      const scale = svg.getScreenCTM()!.a;
      return [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')) * scale);
    });
  expect(sizes.length).toBeGreaterThan(10);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  await page.screenshot({ path: `${shots}/domain-1024-lesson-panel.png` });
});

test("on a phone the diagram's labels are drawn once, at the size they keep (no second render of each)", async ({
  lab: page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Every change to a label's font size after the diagram is in the page: each is an attribute
  // React sets again, and under Lighthouse's trace a task of its own (decision 072).
  await page.addInitScript(() => {
    const w = window as unknown as { __fontChanges: number };
    w.__fontChanges = 0;
    new MutationObserver((records) => {
      for (const r of records) if ((r.target as Element).closest?.('figure svg')) w.__fontChanges++;
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['font-size'] });
  });
  await open(page, '/hosts/kvm1/domains/web01');
  const svg = page.getByRole('figure').locator('svg');
  await expect(svg.locator('text').first()).toBeVisible();
  await page.waitForTimeout(500); // the SVG measured (its ResizeObserver) and anything that follows
  const sizes = await svg.evaluate((el: SVGSVGElement) => {
    const scale = el.getScreenCTM()!.a;
    return [...el.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')) * scale);
  });
  expect(Math.min(...sizes)).toBeGreaterThan(10.99); // 11 px, but for the float of 660 → 540 px
  expect(await page.evaluate(() => (window as unknown as { __fontChanges: number }).__fontChanges)).toBe(0);
});

for (const lang of ['en', 'ja'] as const)
  test(`the diagram's scroll region is a tab stop only while it scrolls (${lang}, 390/1024/1366 px)`, async ({
    lab: page,
  }) => {
    const scrollName = lang === 'en' ? 'State diagram (scrolls sideways)' : '状態遷移図（横にスクロールできます）';
    await open(page, lang === 'en' ? '/hosts/kvm1/domains/web01' : '/ja/hosts/kvm1/domains/web01');
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      const figure = page.getByRole('figure').filter({ has: page.locator('svg') });
      const scroller = figure.locator('svg').locator('xpath=..');
      // Whether it scrolls is the page's own measure; the tab stop and the name follow it.
      await expect.poll(() => scroller.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(width < 600);
      if (width < 600) {
        await expect(scroller).toHaveAttribute('tabindex', '0');
        await expect(page.getByRole('group', { name: scrollName })).toBeVisible();
      } else {
        await expect(scroller).not.toHaveAttribute('tabindex');
        await expect(page.getByRole('group', { name: scrollName })).toHaveCount(0);
      }
      await figure.screenshot({ path: `${shots}/diagram-${lang}-${width}.png` });
    }
  });

test("in Japanese the diagram's idle pill reads アイドル beside virsh's own word, inside its pill (390/1024/1366 px)", async ({
  lab: page,
}) => {
  await open(page, '/ja/hosts/kvm1/domains/web01');
  const figure = page.getByRole('figure').filter({ has: page.locator('svg') });
  const idle = figure.locator('[data-state="idle"]');
  // A Japanese virsh prints "idle" (libvirt's catalogue leaves it): the Japanese goes beside it.
  await expect(idle.locator('text')).toHaveText('アイドル (idle)');
  for (const width of [390, 1024, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    const [text, pill] = await idle.evaluate((g) => [
      (g.querySelector('text') as SVGTextElement).getBBox().width,
      (g.querySelector('rect') as SVGRectElement).getBBox().width,
    ]);
    expect(text, `at ${width} px`).toBeLessThan(pill - 4);
    await figure.screenshot({ path: `${shots}/diagram-idle-ja-${width}.png` });
  }
});

test('equivalent commands: none for xm/xl on KVM; -p for restore --paused; xl has no non-live migration', async ({
  lab: page,
}) => {
  await open(page, '/hosts/kvm1/domains/web01');
  await page.getByRole('button', { name: 'Save…' }).click();
  const kvmSave = page.getByRole('dialog', { name: 'Save web01 to a file' });
  await expect(kvmSave.getByRole('definition')).toContainText([
    'virsh save web01 web01.save',
    'no equivalent — kvm1 is a QEMU/KVM host: xm and xl manage Xen only',
  ]);
  await page.keyboard.press('Escape');

  await open(page, '/hosts/xen1/domains/pv-web');
  await page.getByRole('button', { name: 'Save…' }).click();
  const save = page.getByRole('dialog', { name: 'Save pv-web to a file' });
  await expect(save.getByRole('definition')).toContainText(['virsh save', 'xl save pv-web pv-web.save']);
  await save.getByRole('radio', { name: '--paused' }).check();
  await expect(save.getByRole('definition').nth(1)).toHaveText(
    'no equivalent — xl save -p keeps the domain paused here instead; restore it paused with xl restore -p FILE',
  );
  await save.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(save).toBeHidden();
  await page.getByRole('button', { name: 'Restore…' }).click();
  const restore = page.getByRole('dialog', { name: /^Restore/ });
  await restore.getByRole('radio', { name: /pv-web\.save/ }).check();
  await restore.getByRole('radio', { name: '--paused' }).check();
  await expect(restore.getByRole('definition')).toContainText([
    'virsh restore /root/pv-web.save --paused',
    'xl restore -p /root/pv-web.save',
    'xm restore /root/pv-web.save -p',
  ]);
  await restore.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(state(page)).toHaveText('paused(user)');

  await page.getByRole('button', { name: 'Migrate…' }).click();
  await migrateDialog(page)
    .getByRole('radio', { name: /^virsh migrate/ })
    .check();
  await migrateDialog(page)
    .getByRole('checkbox', { name: /^--live/ })
    .uncheck();
  await expect(migrateDialog(page).getByRole('definition').filter({ hasText: 'always live' })).toHaveText(
    'no equivalent — xl migrate is always live: xl has no non-live migration',
  );
});

test('the vCPU pinning hint explains 0-3,^2; ^2 alone is refused as virsh does', async ({ lab: page }) => {
  await open(page, '/hosts/kvm1/domains/web01');
  await page.getByRole('button', { name: 'Pin vCPU…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pin a vCPU of web01' });
  await expect(dialog).toContainText('0-3,^2 is 0 to 3 without 2');
  await dialog.getByRole('textbox', { name: 'CPU list' }).fill('^2');
  await expect(dialog.getByRole('alert')).toContainText("Invalid cpulist '^2'");
  await dialog.getByRole('textbox', { name: 'CPU list' }).fill('0-3,^2');
  await expect(dialog.getByRole('checkbox', { name: 'host CPU 2' })).not.toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'host CPU 3' })).toBeChecked();
});

test("the job panel's dirty rate in round 1 is the guest's", async ({ lab: page }) => {
  await startMigration(page, 'kvm1', 'web01', '20');
  const job = running(page, 'web01', 'kvm2');
  await expect(job).toContainText('Pre-copy round 1');
  const dirty = job.getByRole('term').filter({ hasText: 'Dirty rate' }).locator('xpath=following-sibling::dd[1]');
  // 24 MiB/s of 4 KiB pages.
  await expect(dirty).toHaveText("6144 pages/s — the guest's 24 MiB/s (QEMU measures its own from round 2)");
  await job.getByRole('button', { name: 'Cancel migration' }).click();
});
