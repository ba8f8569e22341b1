import { expect, open, settled, test, typeInConsole } from './fixtures';
import { doStep, panel, startLesson } from '../walkthrough/drive';
import { lessonOutline } from '../lib/lessons/outline';
import { lessonById } from '../lib/lessons/registry';

const lifecycle = lessonOutline(lessonById('lifecycle-basics')!);
const steps = (page: Parameters<typeof panel>[0]) =>
  panel(page).getByRole('list', { name: 'Steps' }).getByRole('listitem');
const progress = (page: Parameters<typeof panel>[0]) =>
  panel(page).getByRole('progressbar', { name: 'Lesson progress' });

test('a typed line ticks off a click step; progress survives a reload; Reset lesson starts over', async ({
  lab: page,
}) => {
  await startLesson(page, lifecycle);
  await expect(panel(page).getByRole('heading', { level: 2, name: lifecycle.title })).toBeFocused();
  await panel(page).getByRole('button', { name: 'Open the console on kvm1' }).click();
  await expect(page.getByRole('textbox', { name: 'Command on kvm1' })).toBeFocused();
  await typeInConsole(page, 'virsh list --all');
  await expect(steps(page).nth(0)).toContainText('Step 1, done: List every domain — virsh list --all');
  // Step 2 is "press Start"; typing it counts the same.
  await typeInConsole(page, 'virsh start build01');
  await expect(steps(page).nth(1)).toContainText('Step 2, done');
  await expect(panel(page).getByRole('status')).toHaveText('Step 2 done. Next: step 3 of 6.');
  await expect(progress(page)).toHaveAttribute('aria-valuetext', '2 of 6 steps done');
  await expect(panel(page).getByRole('heading', { name: 'Step 3 of 6' })).toBeVisible();

  await page.reload();
  await expect(progress(page)).toHaveAttribute('aria-valuetext', '2 of 6 steps done');
  await open(page, '/learn');
  const card = page.getByRole('listitem').filter({ hasText: lifecycle.title });
  await expect(card).toContainText('Running');
  await expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '2 of 6 steps done');

  await panel(page).getByRole('button', { name: 'Reset lesson' }).click();
  await page
    .getByRole('alertdialog', { name: 'Start the lesson over?' })
    .getByRole('button', { name: 'Reset lesson' })
    .click();
  await expect(progress(page)).toHaveAttribute('aria-valuetext', '0 of 6 steps done');
  await settled(page);
  await open(page, '/hosts/kvm1/domains/build01');
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('shut off(shutdown)');
});

for (const locale of ['en', 'ja'] as const)
  test(`at 390 px the step and the progress stay in view while typing at the console (${locale})`, async ({
    lab: page,
  }) => {
    const w =
      locale === 'en'
        ? {
            start: 'Start lesson',
            input: 'Command on kvm1',
            bar: 'Where you are in the lesson',
            panel: 'Lesson panel',
            log: 'Console output',
            step: 'Step 2 of 6: Boot build01',
            done: '1/6 done',
            valuetext: '1 of 6 steps done',
          }
        : {
            start: 'レッスンを開始',
            input: 'kvm1 で実行するコマンド',
            bar: 'レッスンの現在地',
            panel: 'レッスンパネル',
            log: 'コンソールの出力',
            step: 'ステップ 2/6: build01 を起動する',
            done: '1/6 完了',
            valuetext: '6 ステップ中 1 完了',
          };
    const at = locale === 'en' ? '' : '/ja';
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, `${at}/learn/lifecycle-basics`);
    // The lesson runs (the lab has answered the start) before the page changes: a start still in flight
    // when the page goes is lost (CI once opened the console with no lesson running).
    await settled(page, () => page.getByRole('button', { name: w.start }).click());
    await expect(page.getByRole('complementary', { name: w.panel })).toBeAttached();
    await open(page, `${at}/console?host=kvm1`);
    const bar = page.getByRole('region', { name: w.bar });
    const input = page.getByRole('textbox', { name: w.input });
    await input.fill('virsh list --all');
    await input.press('Enter');
    await expect(input).toHaveValue('');
    // virsh's answer is in the log (the page is as long as it will be) before the input is scrolled to.
    await expect(page.getByRole('log', { name: w.log })).toContainText('build01');
    // The panel above the console has scrolled away: the bar says where the learner is.
    await input.scrollIntoViewIfNeeded();
    await expect(bar).toBeVisible();
    await expect(bar.getByRole('button')).toContainText(w.step);
    await expect(bar.getByRole('button')).toContainText(w.done);
    await expect(bar.getByRole('progressbar')).toHaveAttribute('aria-valuetext', w.valuetext);
    // It does not cover the console's input.
    const b = (await bar.boundingBox())!;
    const i = (await input.boundingBox())!;
    expect(b.y + b.height).toBeLessThanOrEqual(i.y);
    await page.screenshot({ path: `test-results/screenshots/lesson-bar-390-${locale}.png` });
    // A tap on it brings the panel back; the bar goes, its words are the panel's once.
    await bar.getByRole('button').click();
    const aside = page.getByRole('complementary', { name: locale === 'en' ? 'Lesson panel' : 'レッスンパネル' });
    await expect(aside.getByRole('heading', { level: 2 }).first()).toBeInViewport();
    await expect(aside.getByRole('heading', { level: 2 }).first()).toBeFocused();
    await expect(bar).toBeHidden();
    // From 1024 px the panel is beside the page, always in view: no bar.
    for (const width of [1024, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      await input.scrollIntoViewIfNeeded();
      await expect(bar).toBeHidden();
      await page.screenshot({ path: `test-results/screenshots/lesson-bar-${width}-${locale}.png` });
    }
  });

test('an option in a step or lesson title is never broken at its hyphens (was "without --" / "live" at 1024 px)', async ({
  lab: page,
}) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await open(page, '/learn/live-vs-offline-migration');
  await page.getByRole('button', { name: 'Start lesson' }).click();
  const heading = panel(page).getByRole('heading', { level: 3, name: 'Step 1 of 4: Migrate web01 without --live' });
  await expect(heading).toBeVisible();
  /** The lines `--live` takes inside an element (its Range's line boxes). */
  const linesOf = (option: string) =>
    heading.evaluate((el, opt) => {
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const at = n.textContent?.indexOf(opt) ?? -1;
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + opt.length);
        return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size;
      }
      return 0;
    }, option);
  expect(await linesOf('--live')).toBe(1);
  await page.screenshot({ path: 'test-results/screenshots/lesson-option-title-1024.png' });
});

test('the current step: where it happens, hint and solution by keyboard, terms link to the glossary', async ({
  lab: page,
}) => {
  await startLesson(page, lifecycle);
  await typeInConsole(page, 'virsh list --all');
  const p = panel(page);
  await expect(p).toContainText("Press Start on build01's page (kvm1)");
  await expect(p.getByText('xm start build01')).toBeHidden();
  // The hint ladder: each rung on request, by keyboard; the button stays focused and names the next rung.
  const ladder = p.getByRole('button', { name: 'Show a hint' });
  await ladder.focus();
  await page.keyboard.press('Enter');
  await expect(p.getByRole('region', { name: 'Hint' })).toContainText('the subcommand is the plain English verb');
  await expect(p.getByText('virsh start build01')).toBeHidden();
  await expect(p.getByRole('button', { name: 'Show the command with blanks' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(p.getByRole('region', { name: 'The command, with blanks' })).toContainText('virsh _____ build01');
  await page.keyboard.press('Enter');
  // On kvm1, a KVM host, xm and xl are not there: their lines are what a Xen host would take.
  await expect(p.getByRole('region', { name: 'Solution' }).getByRole('definition')).toHaveText([
    'virsh start build01',
    'not on kvm1 (a KVM host); on a Xen host: xm start build01',
    /none: xl has no managed domains/,
  ]);
  await expect(p.getByRole('button', { name: /^Show (a|the) / })).toHaveCount(0);

  await p.getByRole('link', { name: 'Go to build01 on kvm1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'build01' })).toBeVisible();
  await expect(p).toContainText('you are there');
  await page.getByRole('main').getByRole('button', { name: 'Start', exact: true }).click();
  await expect(p.getByRole('heading', { name: 'Step 3 of 6' })).toBeVisible();

  await p.getByRole('link', { name: 'shutdown vs destroy', exact: true }).click();
  await expect(page).toHaveURL(/\/glossary#shutdown-vs-destroy$/);
  await expect(page.getByRole('article', { name: 'shutdown vs destroy' })).toBeInViewport();
});

test('Leave lesson closes the panel and keeps the lab; Reset lab leaves it too', async ({ lab: page }) => {
  await startLesson(page, lifecycle);
  await panel(page).getByRole('button', { name: 'Leave lesson' }).click();
  await expect(panel(page)).toHaveCount(0);
  // Nothing was done yet, so it offers a plain start again.
  await page.getByRole('button', { name: 'Start lesson' }).click();
  await expect(panel(page)).toBeVisible();
  await page.getByRole('button', { name: 'Lab' }).click();
  await page.getByRole('menuitem', { name: 'Reset lab…' }).click();
  await page.getByRole('alertdialog', { name: 'Reset the lab?' }).getByRole('button', { name: 'Reset lab' }).click();
  await expect(panel(page)).toHaveCount(0);
});

test('the glossary: every term by topic, anchors, links to lessons and pages, and a filter', async ({ lab: page }) => {
  await open(page, '/glossary#hvm');
  const hvm = page.getByRole('article', { name: 'HVM (Hardware Virtual Machine)' });
  await expect(hvm).toBeInViewport();
  await expect(page.getByRole('heading', { level: 2, name: 'Networking' })).toBeVisible();
  await expect(page.getByRole('article', { name: /User-mode networking/ })).toContainText(
    'ICMP generally does not work',
  );
  await page.getByRole('searchbox', { name: 'Find a term' }).fill('balloon');
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveText(/^\d+ terms? match(es)? “balloon”\.$/);
  await expect(page.getByRole('article', { name: 'HVM (Hardware Virtual Machine)' })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Find a term' }).fill('');
  await hvm.getByRole('link', { name: 'Can this host run full virtualization?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Can this host run full virtualization?' })).toBeVisible();
  await expect(page).toHaveTitle('Can this host run full virtualization? — VirtLab');
});

test('the walkthrough driver fills the migration dialog too (for lessons with a migrate click)', async ({
  lab: page,
}) => {
  await open(page, '/hosts/kvm1/domains/web01');
  await doStep(page, {
    id: 'migrate',
    title: 'Migrate web01',
    xen: false,
    instruction: '',
    hint: '',
    also: {},
    command: { host: 'kvm1', line: 'virsh migrate web01 qemu+ssh://kvm2.lab/system', source: 'button' },
    ui: { action: 'migrate', host: 'kvm1', domain: 'web01', args: { target: 'kvm2', live: false } },
  });
  await expect(page.getByRole('status', { name: 'Last command output' })).toContainText(
    'virsh migrate web01 qemu+ssh://kvm2.lab/system',
  );
  await expect(page.getByRole('region', { name: 'Migration of web01 to kvm2' }).getByRole('status')).toContainText(
    'Migrated.',
    { timeout: 30_000 },
  );
});
