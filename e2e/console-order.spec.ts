import { expect, open, runAtConsole, test } from './fixtures';

const shots = 'test-results/screenshots';

const locales = [
  { lang: 'en', path: '/console', input: 'Command on kvm1', state: 'running', error: 'error: failed to get domain' },
  { lang: 'ja', path: '/ja/console', input: 'kvm1 で実行するコマンド', state: '実行中', error: 'エラー:' },
] as const;

const run = runAtConsole;

for (const { lang, path, input, state, error } of locales)
  test(`stdout and stderr show in the order written, stderr in its colour; /usr/bin is there (${lang})`, async ({
    lab: page,
  }) => {
    await open(page, path);
    const log = page.getByRole('log');
    await run(page, input, 'virsh domstate web01; virsh domstate nosuch; virsh domstate web01');
    const out = log.locator('pre').last();
    await expect(out).toHaveText(new RegExp(`^${state}\\n\\n${error}[^\\n]*\\n\\n${state}\\n\\n$`));
    const colours = await out.evaluate((pre) => ({
      out: getComputedStyle(pre).color,
      err: getComputedStyle(pre.querySelector('span')!).color,
    }));
    expect(colours.err).not.toBe(colours.out);
    await run(page, input, 'which virsh; ls /usr/bin');
    await expect(log.locator('pre').last()).toContainText(/^\/usr\/bin\/virsh\n.*qemu-img/s);
    // ls lays its columns out for the width at the time it runs, as on a terminal.
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      const outputs = await log.locator('pre').count();
      await run(page, input, 'ls /usr/bin');
      await expect(log.locator('pre')).toHaveCount(outputs + 1);
      await expect(log.locator('pre').last()).toContainText('virt-clone');
      await page.screenshot({ path: `${shots}/console-order-${lang}-${width}.png` });
    }
  });
