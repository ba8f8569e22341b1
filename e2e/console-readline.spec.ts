import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, open, test } from './fixtures';

const shots = 'test-results/screenshots';

const locales = [
  { lang: 'en', path: '/console', input: 'Command on kvm1', running: 'running' },
  { lang: 'ja', path: '/ja/console', input: 'kvm1 で実行するコマンド', running: '実行中' },
] as const;

/** What a browser does on Ctrl+V: a paste event carrying the clipboard's text. */
const paste = (input: Locator, text: string) =>
  input.evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);

/**
 * readline's bracketed paste at the console (decision 054): lines pasted together stay in the line,
 * newlines kept, and run only at Enter — all of them, in order, as bash runs them at a real host.
 */
for (const { lang, path, input: name, running } of locales)
  test(`a paste of several lines waits for Enter, then runs them all (${lang})`, async ({ lab: page }) => {
    await open(page, path);
    const log = page.getByRole('log');
    const input = page.getByRole('textbox', { name });
    await input.fill('virsh ');
    await paste(input, 'domstate web01\r\necho two\nvirsh domstate d');
    await expect(input).toHaveValue('virsh domstate d');
    // Held in the line as a terminal shows a paste: the prompt once, the lines under it; nothing ran.
    await expect(log.locator('pre').last()).toHaveText(/# virsh domstate web01\necho two$/);
    await expect(log).not.toContainText(running);
    expect((await new AxeBuilder({ page }).include('form').analyze()).violations).toEqual([]);
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 700 });
      await page.screenshot({ path: `${shots}/console-paste-${lang}-${width}.png` });
    }
    await input.pressSequentially('b01');
    await input.press('Enter');
    await expect(input).toHaveValue('');
    await expect(log.locator('pre').last()).toHaveText(`${running}\n\ntwo\n${running}\n\n`);
    // A trailing newline is kept too: the paste ends with an empty line and nothing runs.
    await input.fill('echo a');
    await paste(input, '\necho b\n');
    await expect(input).toHaveValue('');
    await input.press('Enter');
    await expect(log.locator('pre').last()).toHaveText('a\nb\n');
  });

test("bash's readline keys switch the editing mode at the console: ^E to emacs, M-C-j to vi", async ({ lab: page }) => {
  await open(page, '/console');
  const log = page.getByRole('log');
  const input = page.getByRole('textbox', { name: 'Command on kvm1' });
  await input.fill('set -o vi');
  await input.press('Enter');
  await input.fill('echo mode-set');
  await input.press('Enter');
  await expect(log.locator('pre').last()).toHaveText(/^mode-set\s*$/);
  await input.fill('echo abc');
  await input.press('Escape');
  await input.press('x');
  await expect(input).toHaveValue('echo ab');
  // ^E in command mode: emacs keys from here on, so x is typed (before the b the cursor is on).
  await input.press('Control+e');
  await input.press('x');
  await expect(input).toHaveValue('echo axb');
  // ESC is no longer vi's: the next x is typed too.
  await input.press('Escape');
  await input.press('x');
  await expect(input).toHaveValue('echo axxb');
  // M-C-j in emacs mode: vi again, inserting; ESC then x deletes.
  await input.press('Control+Alt+j');
  await input.press('Escape');
  await input.press('x');
  await expect(input).toHaveValue('echo axb');
});
