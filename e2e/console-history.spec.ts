import AxeBuilder from '@axe-core/playwright';
import { countInLog, expect, open, setLatency, test, typeInConsole, upRecallsAtOnce } from './fixtures';

const shots = 'test-results/screenshots';

test('the console history as in bash: ↑/↓ keep the line being typed, Ctrl+R searches backwards', async ({
  lab: page,
}) => {
  await open(page, '/console');
  const input = page.getByRole('textbox', { name: 'Command on kvm1' });
  const log = page.getByRole('log', { name: 'Console output' });
  await typeInConsole(page, 'virsh domstate web01 --reason');
  await typeInConsole(page, 'virsh list --all');
  await typeInConsole(page, 'virsh dominfo web01');

  // ↑ and back ↓: the half-typed line comes back, as readline keeps it.
  await input.fill('virsh sus');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('virsh dominfo web01');
  await input.press('Control+p');
  await expect(input).toHaveValue('virsh list --all');
  await input.press('ArrowDown');
  await input.press('Control+n');
  await expect(input).toHaveValue('virsh sus');

  // Ctrl+R: bash's prompt, the newest line holding the string, then older ones.
  await input.fill('');
  await input.press('Control+r');
  const search = page.getByRole('textbox', { name: /Search the history on kvm1/ });
  await expect(search).toBeFocused();
  await expect(page.getByText("(reverse-i-search)`':")).toBeVisible();
  await search.pressSequentially('web01');
  await expect(page.getByText("(reverse-i-search)`web01':")).toBeVisible();
  await expect(search).toHaveValue('virsh dominfo web01');
  await search.press('Control+r');
  await expect(search).toHaveValue('virsh domstate web01 --reason');
  await search.press('Control+r');
  await expect(page.getByText("(failed reverse-i-search)`web01':")).toBeVisible();
  await expect(search).toHaveValue('virsh domstate web01 --reason');
  expect((await new AxeBuilder({ page }).include('main').analyze()).violations.map((v) => v.id)).toEqual([]);

  // Enter runs the line found; Ctrl+G gives back the line the search began on.
  await search.press('Enter');
  await expect(log).toContainText('running (booted)');
  await expect(input).toHaveValue('');
  await input.fill('xm');
  await input.press('Control+r');
  await search.pressSequentially('zzz');
  await expect(page.getByText("(failed reverse-i-search)`zzz':")).toBeVisible();
  await search.press('Control+g');
  await expect(input).toHaveValue('xm');
  // Escape ends the search on the line found, to be edited.
  await input.fill('');
  await input.press('Control+r');
  await search.pressSequentially('list');
  // Shift on its own is no key: the capital joins the string (and fails), Backspace takes it back.
  await search.press('Shift+A');
  await expect(page.getByText("(failed reverse-i-search)`listA':")).toBeVisible();
  await search.press('Backspace');
  await expect(page.getByText("(reverse-i-search)`list':")).toBeVisible();
  await search.press('Escape');
  await expect(input).toHaveValue('virsh list --all');
  await input.press('End');
  await input.pressSequentially(' --name');
  await input.press('Enter');
  await expect(log).toContainText('root@kvm1:~# virsh list --all --name');
});

const locales = [
  { lang: 'en', path: '/console', input: 'Command on kvm1', search: /Search the history on kvm1/ },
  { lang: 'ja', path: '/ja/console', input: 'kvm1 で実行するコマンド', search: /kvm1 のコマンド履歴を検索/ },
];
for (const { lang, path, input: inputName, search: searchName } of locales)
  for (const width of [390, 1024, 1366])
    test(`Ctrl+R at ${width} px (${lang}): bash's search prompt, the input named in the page's language`, async ({
      lab: page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await open(page, path);
      const input = page.getByRole('textbox', { name: inputName });
      await input.fill('virsh domstate web01 --reason');
      await input.press('Enter');
      // The history is the console's journal: the line is in it once its output shows.
      await expect(page.getByRole('log').filter({ hasText: /running \(booted\)|実行中 \(起動済み\)/ })).toBeVisible();
      await input.press('Control+r');
      const search = page.getByRole('textbox', { name: searchName });
      await search.pressSequentially('dom');
      await expect(page.getByText("(reverse-i-search)`dom':")).toBeVisible();
      await expect(search).toHaveValue('virsh domstate web01 --reason');
      await expect(search).toBeInViewport();
      await page.screenshot({ path: `${shots}/console-search-${lang}-${width}.png` });
    });

test('a line is in the history as soon as Enter is pressed, before the lab has answered it (as in bash)', async ({
  lab: page,
}) => {
  await open(page, '/console');
  const log = await typeInConsole(page, 'virsh list --all');
  await expect(log).toContainText('web01');
  // The answer takes 1.5 s; ↑ brings the line back at once.
  await setLatency(page, 1500);
  const before = await countInLog(page, 'running');
  await upRecallsAtOnce(
    page,
    'virsh domstate web01',
    'running',
    async () => (await countInLog(page, 'running')) === before,
  );
  const input = page.getByRole('textbox', { name: 'Command on kvm1' });
  // Once answered, the journal's copy is the one history holds: one entry, not two.
  await input.press('ArrowUp');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('virsh list --all');
});
