import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, holdLateScripts, open, test } from './fixtures';

const shots = 'test-results/screenshots';

const locales = [
  { lang: 'en', path: '/console', input: 'Command on kvm1', running: 'running', completions: 'Completions' },
  { lang: 'ja', path: '/ja/console', input: 'kvm1 で実行するコマンド', running: '実行中', completions: '補完候補' },
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

/**
 * A paste held in the line is edited as bash edits it (decision 062): Backspace at the start of the
 * last line takes the newline before it, and Ctrl+C gives the whole line up — shown with `^C`, never run.
 */
for (const { lang, path, input: name, running } of locales)
  test(`a pasted block: Backspace joins its lines, Ctrl+C discards it (${lang})`, async ({ lab: page }) => {
    await open(page, path);
    const log = page.getByRole('log');
    const input = page.getByRole('textbox', { name });
    await paste(input, 'echo one\necho two\nvirsh domstate web01');
    await input.press('Home');
    await input.press('Backspace');
    // The last line joined the one above: the input holds both, the caret between them.
    await expect(input).toHaveValue('echo twovirsh domstate web01');
    expect(await input.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe('echo two'.length);
    await expect(log.locator('pre').last()).toHaveText(/# echo one$/);
    await input.press('Control+c');
    await expect(input).toHaveValue('');
    // Shown as the terminal leaves it: the prompt, the lines, ^C; nothing ran, the next prompt is fresh.
    await expect(log.locator('pre').last()).toHaveText(/# echo one\necho twovirsh domstate web01\^C$/);
    await expect(log).not.toContainText(running);
    expect((await new AxeBuilder({ page }).include('[role=log]').analyze()).violations).toEqual([]);
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 700 });
      await page.screenshot({ path: `${shots}/console-interrupt-${lang}-${width}.png` });
    }
    // The history did not get it; a line typed alone is given up the same way.
    await input.press('ArrowUp');
    await expect(input).toHaveValue('');
    await input.fill('virsh start web01');
    await input.press('Control+c');
    await expect(log.locator('pre').last()).toHaveText(/# virsh start web01\^C$/);
    await input.fill('echo after');
    await input.press('Enter');
    await expect(log.locator('pre').last()).toHaveText(/^after\s*$/);
    await expect(log).not.toContainText(running);
  });

/**
 * A for loop typed over several lines (decision 086): bash's `> ` prompt until its `done`, then the
 * whole loop runs as one line; Ctrl+C on a `> ` line gives the loop up, as bash does.
 */
for (const { lang, path, input: name, running } of locales)
  test(`a for loop typed line by line waits for its done, Ctrl+C gives it up (${lang})`, async ({ lab: page }) => {
    await open(page, path);
    const log = page.getByRole('log');
    const input = page.getByRole('textbox', { name });
    for (const line of ['for d in web01 db01', 'do', 'virsh domstate $d']) {
      await input.fill(line);
      await input.press('Enter');
      await expect(input).toHaveValue('');
    }
    // Held under the prompt, each continued line after `> `; nothing ran yet.
    await expect(log.locator('pre').last()).toHaveText(/# for d in web01 db01\n> do\n> virsh domstate \$d$/);
    await expect(log).not.toContainText(running);
    await input.fill('done');
    await input.press('Enter');
    await expect(log.locator('pre').last()).toHaveText(`${running}\n\n${running}\n\n`);
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 700 });
      await page.screenshot({ path: `${shots}/console-for-loop-${lang}-${width}.png` });
    }
    await input.fill('for d in web01');
    await input.press('Enter');
    await input.fill('do virsh start $d');
    await input.press('Control+c');
    await expect(log.locator('pre').last()).toHaveText(/# for d in web01\n> do virsh start \$d\^C$/);
    await input.fill('echo after');
    await input.press('Enter');
    await expect(log.locator('pre').last()).toHaveText(/^after\s*$/);
    expect((await new AxeBuilder({ page }).include('[role=log]').analyze()).violations).toEqual([]);
  });

/** vi's `*` and `=` at the console run readline's code with the console's completion (decision 062). */
for (const { lang, path, input: name, completions } of locales)
  test(`vi mode at the console: * inserts every completion, = lists them (${lang})`, async ({ lab: page }) => {
    await open(page, path);
    const log = page.getByRole('log');
    const input = page.getByRole('textbox', { name });
    await input.fill('set -o vi');
    await input.press('Enter');
    await input.fill('echo vi-set');
    await input.press('Enter');
    await expect(log.locator('pre').last()).toHaveText(/^vi-set\s*$/);
    await input.fill('virsh setm');
    await input.press('Escape');
    await input.press('=');
    await expect(page.getByLabel(completions)).toHaveText('setmaxmem  setmem');
    await expect(input).toHaveValue('virsh setm');
    expect((await new AxeBuilder({ page }).include('[role=log]').analyze()).violations).toEqual([]);
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 700 });
      await page.screenshot({ path: `${shots}/console-vi-list-${lang}-${width}.png` });
    }
    await input.press('*');
    await expect(input).toHaveValue('virsh setmaxmem setmem ');
    // `*` goes on inserting: a key types.
    await input.pressSequentially('x');
    await expect(input).toHaveValue('virsh setmaxmem setmem x');
  });

/**
 * The vi code is a chunk of its own, loaded once vi mode is on (decision 062). ESC pressed before it
 * has come is command mode at once: the keys after it wait for the chunk, none typed, none lost.
 */
for (const { lang, path, input: name } of locales)
  test(`ESC before the vi chunk has loaded: the keys after it run once it has (${lang})`, async ({ lab: page }) => {
    // Every script the page adds after its first load comes 6 s late: long enough that the vi chunk, even
    // when the page warmed it while idle (decision 046) before M-C-j, is still held on a loaded machine.
    const holding = await holdLateScripts(page, 6_000);
    await open(page, path);
    const input = page.getByRole('textbox', { name });
    await input.fill('echo abc def');
    // M-C-j: vi mode, inserting — the vi chunk is asked for now.
    await input.press('Control+Alt+j');
    await input.press('Escape');
    await input.press('b');
    await input.press('x');
    await input.press('i');
    expect(await holding(), 'the vi chunk was still on its way').toBe(true);
    // Nothing typed while it loads…
    await expect(input).toHaveValue('echo abc def');
    // …then ESC, b, x and i ran in order: the word's first letter gone, inserting before it.
    await expect(input).toHaveValue('echo abc ef', { timeout: 15_000 });
    await input.pressSequentially('D');
    await expect(input).toHaveValue('echo abc Def');
  });
