import { expect, open, test, typeInConsole } from './fixtures';
import { panel, startLesson } from '../walkthrough/drive';
import { lessonOutline } from '../lib/lessons/outline';
import { lessonById } from '../lib/lessons/registry';

const suspendVsSave = lessonOutline(lessonById('suspend-vs-save')!);
const fullVirt = lessonOutline(lessonById('full-virtualization-check')!);
const steps = (page: Parameters<typeof panel>[0]) =>
  panel(page).getByRole('list', { name: 'Steps' }).getByRole('listitem');

test('every step is listed by its title; a later step done first says which step to do first', async ({
  lab: page,
}) => {
  await open(page, '/learn/suspend-vs-save');
  const path = page.getByRole('region', { name: 'Steps' });
  await expect(path.getByRole('listitem')).toHaveText([
    'Pause web01',
    'Resume it',
    'Save it to a file',
    'Restore it from the file',
  ]);
  await expect(path).toContainText('Do the steps in this order');
  await startLesson(page, suspendVsSave);
  await expect(steps(page)).toHaveText([
    /Step 1, current: Pause web01/,
    /Step 2, to do: Resume it/,
    /Step 3, to do: Save it to a file/,
    /Step 4, to do: Restore it from the file/,
  ]);
  // Saving before pausing: step 3's state, but step 1 is the current one.
  await typeInConsole(page, 'virsh save web01 /root/web01.save');
  await expect(panel(page).getByRole('status').filter({ hasText: 'not counted' })).toHaveText(
    'Step 3 (Save it to a file) is not counted yet: do step 1 first.',
  );
  await expect(steps(page).nth(2)).toContainText('Step 3, to do');
  await expect(panel(page).getByRole('heading', { name: /Step 1 of 4: Pause web01/ })).toBeVisible();
  // Restoring now is step 4's state: still ahead of step 1.
  await typeInConsole(page, 'virsh restore /root/web01.save');
  await expect(panel(page).getByRole('status').filter({ hasText: 'not counted' })).toHaveText(
    'Step 4 (Restore it from the file) is not counted yet: do step 1 first.',
  );
  await typeInConsole(page, 'virsh suspend web01');
  await expect(panel(page).getByText('is not counted yet')).toHaveCount(0);
  await expect(steps(page).nth(0)).toContainText('Step 1, done: Pause web01 — virsh suspend web01');
});

test('a lesson that allows any order credits a later step at once, and says so', async ({ lab: page }) => {
  await startLesson(page, fullVirt);
  await expect(panel(page).getByText('These steps can be done in any order.')).toBeVisible();
  await open(page, '/console?host=xen1');
  await typeInConsole(page, 'xm dmesg', 'xen1');
  await expect(steps(page).nth(3)).toContainText('Step 4, done: Ask Xen on xen1 — xm dmesg');
  await expect(steps(page).nth(0)).toContainText('Step 1, current');
  await expect(panel(page).getByRole('heading', { name: /Step 1 of 7: Look for vmx or svm/ })).toBeVisible();
  await expect(panel(page).getByRole('progressbar', { name: 'Lesson progress' })).toHaveAttribute(
    'aria-valuetext',
    '1 of 7 steps done',
  );
});

test('the hint ladder in Japanese: hint, then the command with blanks, then the solution', async ({ lab: page }) => {
  await open(page, '/ja/learn/suspend-vs-save');
  await page.getByRole('button', { name: 'レッスンを開始' }).click();
  const p = page.getByRole('complementary', { name: 'レッスンパネル' });
  await p.getByRole('button', { name: 'ヒントを表示' }).click();
  await expect(p.getByRole('region', { name: 'ヒント' })).toContainText('xm の一時停止は xm pause です');
  await p.getByRole('button', { name: '穴あきのコマンドを表示' }).click();
  await expect(p.getByRole('region', { name: '穴あきのコマンド' })).toContainText('virsh _______ web01');
  await p.getByRole('button', { name: '解答を表示' }).click();
  await expect(p.getByRole('region', { name: '解答' }).getByRole('definition').first()).toHaveText(
    'virsh suspend web01',
  );
  await expect(p.getByRole('region', { name: '解答' })).toContainText('kvm1(KVM ホスト)にはありません');
});

test.describe('a first visit', () => {
  test.use({ oriented: false });

  test('an orientation points to Learn and to the console; dismissed, it stays dismissed', async ({ lab: page }) => {
    await open(page, '/');
    const welcome = page.getByRole('region', { name: 'New to VirtLab?' });
    await expect(welcome).toBeVisible();
    await welcome.getByRole('button', { name: 'Open the console' }).click();
    await expect(page.getByRole('textbox', { name: 'Command on kvm1' })).toBeFocused();
    await expect(welcome.getByRole('link', { name: 'Start with Learn' })).toHaveAttribute('href', '/learn');
    await welcome.getByRole('button', { name: 'Got it' }).click();
    await expect(welcome).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'New to VirtLab?' })).toHaveCount(0);
    await open(page, '/ja/learn');
    await expect(page.getByRole('region', { name: 'VirtLab は初めてですか?' })).toHaveCount(0);
  });

  test('in Japanese too, and following Learn dismisses it', async ({ lab: page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, '/ja');
    const welcome = page.getByRole('region', { name: 'VirtLab は初めてですか?' });
    await expect(welcome).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/screens/orientation-390-ja.png' });
    await welcome.getByRole('link', { name: '「学習」から始める' }).click();
    await expect(page).toHaveURL(/\/ja\/learn$/);
    await expect(page.getByRole('region', { name: 'VirtLab は初めてですか?' })).toHaveCount(0);
  });
});

test('commands in the panel break only at spaces, never after a hyphen inside a path', async ({ lab: page }) => {
  await startLesson(page, lessonOutline(lessonById('xen-relocation')!));
  await panel(page).getByRole('button', { name: 'Open the console on xen1' }).click();
  await typeInConsole(page, 'xm migrate --live pv-web xen2', 'xen1');
  await expect(panel(page).getByRole('heading', { name: /Step 2 of 6/ })).toBeVisible();
  for (const rung of ['Show a hint', 'Show the command with blanks', 'Show the solution'])
    await panel(page).getByRole('button', { name: rung }).click();
  await expect(panel(page).getByRole('region', { name: 'The command, with blanks' })).toContainText(
    '/etc/xen/xend-config.sxp',
  );
  const broken = await panel(page)
    .locator('code span')
    .evaluateAll((spans) => spans.filter((s) => s.getClientRects().length > 1).map((s) => s.textContent));
  expect(broken).toEqual([]);
});
