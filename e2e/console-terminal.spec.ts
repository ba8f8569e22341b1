import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { lsColumns } from '../lib/shell/ls-columns';
import { expect, holdLateScripts, open, runAtConsole, settled, test, upRecallsAtOnce } from './fixtures';

const shots = 'test-results/screenshots';

const locales = [
  { lang: 'en', path: '/console', input: 'Command on kvm1', state: 'running' },
  { lang: 'ja', path: '/ja/console', input: 'kvm1 で実行するコマンド', state: '実行中' },
] as const;

const run = runAtConsole;

/** The line is an entry of the log (its line a span of its own), not the echo of a line still pending. */
const answered = (page: Page, line: string) => expect(page.locator('span', { hasText: line }).last()).toBeVisible();

/**
 * Where each line of virsh's table (the <pre> holding `header`) starts its last column, in pixels:
 * a terminal draws a wide character (実行中) in two columns, so the rows start it at the same x.
 */
const lastColumnXs = (page: Page, header: string) =>
  page.evaluate((header) => {
    const pre = [...document.querySelectorAll('[role="log"] pre')].find((p) => p.textContent?.startsWith(header))!;
    const text = pre.firstChild as Text;
    const xs: number[] = [];
    let at = 0;
    for (const line of text.data.split('\n')) {
      const m = /^ \S+ {3,}\S+ {3,}/.exec(line);
      if (m) {
        const r = document.createRange();
        r.setStart(text, at + m[0].length);
        r.setEnd(text, at + m[0].length + 1);
        xs.push(Math.round(r.getBoundingClientRect().left));
      }
      at += line.length + 1;
    }
    return xs;
  }, header);

for (const { lang, path, input, state } of locales)
  test(`virsh speaks the shell's LANG (${lang}): into a pipe, a file and a redirected stderr`, async ({
    lab: page,
  }) => {
    await open(page, path);
    const log = page.getByRole('log');
    await run(page, input, 'echo $LANG');
    await expect(log).toContainText(lang === 'ja' ? 'ja_JP.UTF-8' : 'en_US.UTF-8');
    await run(page, input, `virsh list --all | grep ${state}`);
    await expect(log.locator('pre').last()).toHaveText(new RegExp(`^ 1 +web01 +${state}\\n`));
    await run(page, input, 'virsh dominfo web01 > /root/info.txt; wc -l < /root/info.txt');
    await expect(log.locator('pre').last()).toHaveText('16\n');
    await run(page, input, 'head -n 2 /root/info.txt');
    await expect(log.locator('pre').last()).toHaveText(
      lang === 'ja' ? 'Id:             1\n名前:         web01\n' : 'Id:             1\nName:           web01\n',
    );
    await run(page, input, 'virsh dominfo nope 2>&1 | cat');
    await expect(log.locator('pre').last()).toHaveText(
      lang === 'ja' ? "エラー: ドメイン 'nope' の取得に失敗しました\n\n" : "error: failed to get domain 'nope'\n\n",
    );
    // LANG=C for one command: English on either page.
    await run(page, input, 'LANG=C virsh domstate web01 | cat');
    await expect(log.locator('pre').last()).toHaveText('running\n\n');
  });

for (const { lang, path, input } of locales)
  for (const width of [390, 1024, 1366])
    test(`the console wraps as a terminal at ${width} px (${lang}): no horizontal scroll, tables aligned`, async ({
      lab: page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, path);
      const log = page.getByRole('log');
      await run(page, input, 'virsh list --all');
      await expect(log).toContainText('web01');
      const long = '/var/lib/libvirt/images/a-long-image-name-no-host-holds-so-it-runs-past-the-edge.qcow2';
      await run(page, input, `ls ${long}`);
      await expect(log).toContainText("ls: cannot access '");
      await run(page, input, 'virsh dumpxml web01 | grep -e "<source" -e "<uuid"');
      await expect(log).toContainText('<uuid>');
      const box = await log.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
      expect(box.scroll).toBeLessThanOrEqual(box.client);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // The long path is broken inside the word, onto further lines, not cut or scrolled.
      const error = log.locator('pre').filter({ hasText: 'cannot access' });
      const lineHeight = await error.evaluate((e) => Number.parseFloat(getComputedStyle(e).lineHeight));
      const height = (await error.boundingBox())!.height;
      if (width === 390) expect(height).toBeGreaterThan(lineHeight * 1.5);
      const xs = await lastColumnXs(page, ' Id');
      expect(xs.length).toBeGreaterThan(3);
      expect(new Set(xs).size, `last column starts at ${xs.join(', ')}`).toBe(1);
      await page.screenshot({ path: `${shots}/console-wrap-${lang}-${width}.png` });
    });

test('↑ right after the first Enter recalls the line while the shell chunk is still loading', async ({ lab: page }) => {
  // Every script the page adds after its first load comes 2.5 s late: the shell chunk among them.
  const holding = await holdLateScripts(page);
  await open(page, '/console');
  await upRecallsAtOnce(page, 'virsh domstate web01', 'running', holding);
});

test("set -o vi: the console's line takes bash's vi keys (ESC, b, cw, k, $, x, u)", async ({ lab: page }) => {
  await open(page, '/console');
  const name = 'Command on kvm1';
  const input = page.getByRole('textbox', { name });
  const log = page.getByRole('log');
  await run(page, name, 'set -o vi');
  // The mode is the lab's answer to the line (the line itself shows at Enter, before the answer):
  // lines are answered in order, so once the next line's output shows, the keys are vi's.
  await run(page, name, 'echo vi-set');
  await expect(log.locator('pre').last()).toHaveText(/^vi-set\s*$/);
  await input.fill('virsh domstate web01');
  await input.press('Escape');
  // Command mode: keys are commands, not text.
  await input.press('b');
  await input.press('c');
  await input.press('w');
  await expect(input).toHaveValue('virsh domstate ');
  await input.pressSequentially('db01');
  await expect(input).toHaveValue('virsh domstate db01');
  await input.press('Enter');
  await expect(log).toContainText('root@kvm1:~# virsh domstate db01');
  await expect(input).toHaveValue('');
  await input.press('Escape');
  await input.press('k');
  await expect(input).toHaveValue('virsh domstate db01');
  await input.press('$');
  await input.press('x');
  await expect(input).toHaveValue('virsh domstate db0');
  await input.press('u');
  await expect(input).toHaveValue('virsh domstate db01');
  // The character under the cursor is selected, as a terminal's block cursor.
  expect(await input.evaluate((e: HTMLInputElement) => [e.selectionStart, e.selectionEnd])).toEqual([18, 19]);
  await page.screenshot({ path: `${shots}/console-vi-command.png` });
  await input.press('Enter');
  await expect(log.locator('pre').last()).toHaveText('running\n\n');
  // set -o emacs: ESC is no longer a mode.
  await run(page, name, 'set -o emacs');
  await run(page, name, 'echo emacs-set');
  await expect(log.locator('pre').last()).toHaveText(/^emacs-set\s*$/);
  await input.fill('virsh uri');
  await input.press('Escape');
  await input.press('x');
  await expect(input).toHaveValue('virsh urix');
});

for (const { lang, path, input: name } of locales) {
  test(`set -o vi (${lang}): f r ~ . and R edit as readline does; / shows its prompt after the shell's`, async ({
    lab: page,
  }) => {
    await open(page, path);
    const input = page.getByRole('textbox', { name });
    const log = page.getByRole('log');
    await run(page, name, 'set -o vi');
    await run(page, name, 'echo vi-set');
    await expect(log.locator('pre').last()).toHaveText(/^vi-set\s*$/);
    await input.fill('virsh domstate xeb01');
    await input.press('Escape');
    // f finds the x, r replaces it; ~ turns the case of the V; . does it again to the i.
    for (const k of ['0', 'f', 'x', 'r', 'w', '0', '~']) await input.press(k);
    await expect(input).toHaveValue('Virsh domstate web01');
    await input.press('.');
    await expect(input).toHaveValue('VIrsh domstate web01');
    await input.press('u');
    await input.press('u');
    await expect(input).toHaveValue('virsh domstate web01');
    // R overwrites until Escape; Enter runs the line.
    for (const k of ['$', 'F', 'w', 'R']) await input.press(k);
    await input.pressSequentially('db');
    await expect(input).toHaveValue('virsh domstate dbb01');
    await input.press('Backspace');
    await input.press('Backspace');
    await input.press('Escape');
    await expect(input).toHaveValue('virsh domstate web01');
    await input.press('Enter');
    await expect(log.locator('pre').last()).toHaveText(/^\S+\n\n$/);
    // The shell's LANG is UTF-8: readline's multibyte rules — l steps over é, ~ turns it, x takes a whole character.
    await input.fill('echo café 仮想');
    await input.press('Escape');
    for (const k of ['0', 'w', '3', 'l', '~', '$', 'x']) await input.press(k);
    await expect(input).toHaveValue('echo cafÉ 仮');
    await input.press('Enter');
    await expect(log.locator('pre').last()).toHaveText(/^cafÉ 仮\s*$/);
    await input.press('Escape');
    // Ctrl+R in command mode is readline's incremental search, its prompt drawn in place of the shell's.
    await input.press('Control+r');
    const isearch = page.getByRole('textbox', {
      name:
        lang === 'en'
          ? /^Search the history on kvm1 \(Enter runs/
          : /^kvm1 のコマンド履歴を検索（Enter で見つかった行を実行/,
    });
    await isearch.pressSequentially('dom');
    await expect(isearch).toHaveValue('virsh domstate web01');
    await expect(page.getByText("(reverse-i-search)`dom':", { exact: true })).toBeVisible();
    await isearch.press('Escape');
    await expect(input).toHaveValue('virsh domstate web01');
    // `/` in command mode: readline's prompt is the shell's followed by `/`, the input its string.
    await input.press('/');
    const search = page.getByRole('textbox', {
      name: lang === 'en' ? /^Search the history on kvm1/ : /^kvm1 のコマンド履歴を検索/,
    });
    await expect(search).toHaveValue('');
    await expect(page.getByText('root@kvm1:~# /', { exact: true })).toBeVisible();
    await search.pressSequentially('-o');
    // The search prompt is the input's label: still a named, accessible field.
    expect((await new AxeBuilder({ page }).include('form').analyze()).violations).toEqual([]);
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({ path: `${shots}/console-vi-search-${lang}-${width}.png` });
    }
    await search.press('Enter');
    await expect(input).toHaveValue('set -o vi');
    await expect(page.getByText('root@kvm1:~#', { exact: true }).last()).toBeVisible();
  });
}

/**
 * A page load opens a new terminal: a new bash, which reads root's ~/.inputrc before its first prompt
 * (decision 067) — `set editing-mode vi` there gives vi keys at once, as on a real host; a `set -o`
 * of the session before is gone.
 */
for (const { lang, path, input: name } of locales)
  test(`a new console session reads ~/.inputrc: set editing-mode vi gives vi keys (${lang})`, async ({ lab: page }) => {
    await open(page, path);
    const input = page.getByRole('textbox', { name });
    await run(page, name, "echo 'set editing-mode vi' > ~/.inputrc");
    // Answered before the reload below: a line still in flight when the page goes is a terminal closed
    // mid-command.
    await answered(page, "echo 'set editing-mode vi' > ~/.inputrc");
    // The running bash read its init file when it started: still emacs keys (ESC then x types an x).
    await input.fill('echo abc');
    await input.press('Escape');
    await input.press('x');
    await expect(input).toHaveValue('echo abcx');
    await input.fill('');
    await settled(page);
    await open(page, path);
    // The session's mode is known once the journal and the hosts have come (the host list has them all).
    await expect(page.getByText("echo 'set editing-mode vi' > ~/.inputrc", { exact: true })).toBeVisible();
    await expect
      .poll(() => page.locator('select').filter({ hasText: 'kvm1' }).locator('option').count())
      .toBeGreaterThan(1);
    await input.fill('echo abc');
    await input.press('Escape');
    await input.press('0');
    await input.press('x');
    await expect(input).toHaveValue('cho abc');
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({ path: `${shots}/console-inputrc-vi-${lang}-${width}.png` });
    }
    // `set -o emacs` in this session wins over the file.
    await input.press('i');
    await input.fill('');
    await run(page, name, 'set -o emacs');
    // The mode changes when the shell's answer comes.
    await answered(page, 'set -o emacs');
    await input.fill('echo abc');
    await input.press('Escape');
    await input.press('x');
    await expect(input).toHaveValue('echo abcx');
  });

/** How many lines the <pre> takes on screen, and its text's own lines. */
const shown = (pre: ReturnType<Page['locator']>) =>
  pre.evaluate((e) => ({
    rows: Math.round(e.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(e).lineHeight)),
    lines: (e.textContent ?? '').replace(/\n$/, '').split('\n'),
  }));

for (const { lang, path, input } of locales)
  for (const width of [390, 1366])
    test(`ls lays out its columns for the console's width at ${width} px (${lang}); into a pipe one per line`, async ({
      lab: page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, path);
      const log = page.getByRole('log');
      // The console's width in cells, as a terminal counts it: a line of exactly that many characters takes
      // one row on screen, one more character takes two.
      const columns = await log.evaluate((e) => {
        const probe = document.createElement('span');
        probe.textContent = 'W'.repeat(32);
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre';
        e.parentElement!.appendChild(probe);
        const cell = probe.getBoundingClientRect().width / 32;
        probe.remove();
        const s = getComputedStyle(e);
        return Math.floor(
          (e.clientWidth - Number.parseFloat(s.paddingLeft) - Number.parseFloat(s.paddingRight)) / cell,
        );
      });
      expect(columns).toBeGreaterThan(20);
      await run(page, input, `echo ${'W'.repeat(columns)}`);
      await expect(log.locator('pre').last()).toHaveText(`${'W'.repeat(columns)}\n`);
      expect((await shown(log.locator('pre').last())).rows).toBe(1);
      await run(page, input, `echo ${'W'.repeat(columns + 1)}`);
      await expect(log.locator('pre').last()).toHaveText(`${'W'.repeat(columns + 1)}\n`);
      expect((await shown(log.locator('pre').last())).rows).toBe(2);

      // /dev's 13 names: in columns on the terminal, each row on one line of the screen.
      await run(page, input, 'ls /dev');
      await expect(log.locator('pre').last()).toContainText('urandom');
      const term = await shown(log.locator('pre').last());
      expect(term.lines.length).toBeLessThan(13);
      expect(term.lines.length).toBeGreaterThan(width === 390 ? 1 : 0);
      expect(term.rows).toBe(term.lines.length);
      expect(term.lines[0]).toMatch(/^console\s+\S/);
      // Exactly ls 9.1's layout for that width (lsColumns is checked against real ls in vitest).
      const names = [
        'console',
        'kvm',
        'loop0',
        'net',
        'null',
        'random',
        'sda',
        'sda1',
        'sda2',
        'sdb',
        'tty',
        'urandom',
        'zero',
      ];
      await expect(log.locator('pre').last()).toHaveText(lsColumns(names, columns, false));
      await run(page, input, 'ls /dev | cat');
      await expect(log.locator('pre').last()).toHaveText(names.map((n) => `${n}\n`).join(''));
      await page.screenshot({ path: `${shots}/console-ls-${lang}-${width}.png` });
    });
