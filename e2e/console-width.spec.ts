import { chromiumLaunchOptions } from '../walkthrough/chromium';
import { expect, open, test } from './fixtures';

// Classic scrollbars, as on a desktop without overlay scrollbars: Playwright hides them by default.
test.use({ launchOptions: { ...chromiumLaunchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] } });

test("the console log's width does not change when its output first overflows (ls's columns still fit)", async ({
  lab: page,
}) => {
  await open(page, '/console');
  const log = page.getByRole('log');
  const width = () => log.evaluate((e) => e.clientWidth);
  const before = await width();
  const input = page.getByRole('textbox', { name: 'Command on kvm1' });
  await input.fill('virsh help');
  await input.press('Enter');
  await expect(log).toContainText('snapshot-list');
  await expect.poll(() => log.evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true);
  // A scrollbar that came with the overflow would take its width from the text (~2 cells at 14 px).
  expect(await width()).toBe(before);
});
