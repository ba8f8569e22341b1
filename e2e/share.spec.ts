import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { contentDigest, type LabFile } from '../lib/lab-file/format';
import { expect, open, test } from './fixtures';

/**
 * Share and restore from the Lab menu: a lab exported to a file comes back from it, a share link
 * opens the same lab in a fresh browser, and a file that is not a good lab file is refused with
 * a message while the lab stays as it was.
 */
const state = (page: Page) => page.getByRole('status', { name: 'Domain state' });
const menu = async (page: Page, item: string) => {
  await page.getByRole('button', { name: 'Lab', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
};
async function suspendWeb01(page: Page) {
  await open(page, '/hosts/kvm1/domains/web01');
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(state(page)).toHaveText('paused(user)');
}
async function resetLab(page: Page) {
  await menu(page, 'Reset lab…');
  await page.getByRole('alertdialog', { name: 'Reset the lab?' }).getByRole('button', { name: 'Reset lab' }).click();
  await expect(state(page)).toHaveText('running(booted)');
}
async function exportTo(page: Page, path: string) {
  const download = page.waitForEvent('download');
  await menu(page, 'Export lab file');
  await (await download).saveAs(path);
  return (await download).suggestedFilename();
}
async function importFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await menu(page, 'Import lab file…');
  await (await chooser).setFiles(path);
}

test('a lab exported to a file comes back from it', async ({ lab: page }, info) => {
  await suspendWeb01(page);
  const file = info.outputPath('lab.json');
  expect(await exportTo(page, file)).toMatch(/^virtlab-lab-\d{4}-\d{2}-\d{2}T\d{4}\.json$/);
  await resetLab(page);
  await importFile(page, file);
  await expect(page.getByText('Lab imported')).toBeVisible();
  await expect(state(page)).toHaveText('paused(user)');
});

test('a broken, edited or newer file is refused with a message, and the lab stays', async ({ lab: page }, info) => {
  await suspendWeb01(page);
  const good = info.outputPath('good.json');
  await exportTo(page, good);
  const text = readFileSync(good, 'utf8');
  const edited = JSON.parse(text);
  edited.lab.journal[0].line = 'virsh destroy web01';
  const newer = { ...JSON.parse(text), version: 99 };
  for (const [name, body, message] of [
    ['cut.json', text.slice(0, text.length / 2), 'The file is not JSON'],
    ['edited.json', JSON.stringify(edited), 'The file was changed after it was exported'],
    ['newer.json', JSON.stringify(newer), 'written by a newer VirtLab'],
  ] as const) {
    const path = info.outputPath(name);
    writeFileSync(path, body);
    await importFile(page, path);
    await expect(page.getByText(message)).toBeVisible();
    await expect(state(page)).toHaveText('paused(user)');
  }
});

test('on a Japanese page a damaged file is refused in Japanese, naming the field as the file spells it', async ({
  lab: page,
}, info) => {
  await suspendWeb01(page);
  const good = info.outputPath('good.json');
  await exportTo(page, good);
  const file = JSON.parse(readFileSync(good, 'utf8')) as LabFile;
  file.lab.world.hosts[0].domains[0].state = 'flying' as never;
  const damaged = info.outputPath('damaged.json');
  writeFileSync(damaged, JSON.stringify({ ...file, digest: await contentDigest(file) }));
  await open(page, '/ja/hosts/kvm1/domains/web01');
  const badge = page.getByRole('status', { name: 'ドメインの状態' });
  const before = await badge.textContent();
  expect(before).toContain('一時停止中');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'ラボ', exact: true }).click();
  await page.getByRole('menuitem', { name: 'ラボファイルを読み込む…' }).click();
  await (await chooser).setFiles(damaged);
  const toast = page.getByRole('listitem').filter({ hasText: 'ラボファイルは読み込まれませんでした' });
  await expect(toast).toContainText(
    'ファイル内のラボが壊れています。 項目 lab.world.hosts.0.domains.0.state の値が正しくありません。',
  );
  // zod's English ("Invalid option: expected one of …") is not shown.
  await expect(toast).not.toContainText(/Invalid|expected/);
  await expect(badge).toHaveText(before ?? '');
});

test('a share link opens the same lab in another browser', async ({ lab: page, browser }) => {
  await suspendWeb01(page);
  await menu(page, 'Share link…');
  const dialog = page.getByRole('dialog', { name: 'Link to this lab' });
  const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  await page.screenshot({ path: 'test-results/screenshots/share-dialog-1366.png' });
  expect(link).toMatch(/\/open#lab=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(8000);
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.addInitScript(() => localStorage.setItem('virtlab:settings', JSON.stringify({ latencyMs: 0 })));
  await fresh.goto(link);
  await expect(fresh.getByText('This link carries a lab with 4 hosts and 10 guests.')).toBeVisible();
  await fresh.setViewportSize({ width: 390, height: 800 });
  await fresh.screenshot({ path: 'test-results/screenshots/open-lab-390.png' });
  await fresh.getByRole('button', { name: 'Open this lab' }).click();
  await expect(fresh).toHaveURL(/\/$/);
  await open(fresh, '/hosts/kvm1/domains/web01');
  await expect(fresh.getByRole('status', { name: 'Domain state' })).toHaveText('paused(user)');
  // A link cut short is read as nothing, and says so.
  await fresh.goto(link.slice(0, -40));
  await expect(
    fresh.getByRole('alert').filter({ hasText: 'This link does not carry a lab VirtLab can read' }),
  ).toBeVisible();
  await other.close();
});
