import { expect, open, test } from './fixtures';

/** Japanese at /ja/…, English unprefixed; the browser's language picks on a first visit (issue 11). */

test('the header switches the language of this very page, keeps it in links, and remembers the choice', async ({
  lab: page,
}) => {
  await open(page, '/glossary');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Language: English. Switch to Japanese' }).click();
  await expect(page).toHaveURL(/\/ja\/glossary$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const nav = page.getByRole('navigation', { name: 'メイン' });
  await expect(nav.getByRole('link', { name: '用語集' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: '概要' }).click();
  await expect(page).toHaveURL(/\/ja$/);
  await expect(page.getByRole('link', { name: 'web01' })).toHaveAttribute('href', '/ja/hosts/kvm1/domains/web01');
  // The choice is remembered: the unprefixed address now opens in Japanese.
  await page.goto('/learn');
  await expect(page).toHaveURL(/\/ja\/learn$/);
  await page.getByRole('link', { name: '表示言語: 日本語。英語に切り替える' }).click();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('is sent to the Japanese pages on a first visit, deep links included', async ({ lab: page }) => {
    await open(page, '/hosts/kvm1/domains/web01');
    await expect(page).toHaveURL(/\/ja\/hosts\/kvm1\/domains\/web01$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page).toHaveTitle('kvm1 のドメイン web01 — VirtLab');
  });

  test("names a domain's buttons and a row's menu items in Japanese; the tooltip's command stays virsh", async ({
    lab: page,
  }) => {
    await open(page, '/ja/hosts/kvm1/domains/web01');
    const main = page.getByRole('main');
    for (const name of ['起動', 'シャットダウン', '強制停止', '管理保存', '保存…', '定義解除', 'マイグレーション…'])
      await expect(main.getByRole('button', { name, exact: true })).toBeVisible();
    await expect(main.getByRole('button', { name: 'Shut down', exact: true })).toHaveCount(0);
    await main.getByRole('button', { name: 'シャットダウン', exact: true }).hover();
    await expect(page.getByRole('tooltip').first()).toContainText('virsh shutdown web01');
    await expect(page.getByRole('tooltip').first()).toContainText('ゲスト OS に電源オフを依頼します');
    await open(page, '/ja');
    await page.getByRole('button', { name: 'build01 の操作' }).click();
    // The reason a menu item is off is in Japanese too; the virsh word stays.
    await expect(page.getByRole('menuitem', { name: /^一時停止/ })).toBeDisabled();
    await expect(page.getByRole('menuitem', { name: /^一時停止/ })).toContainText(
      'suspend: ドメインが実行中 (running) ではありません',
    );
    await expect(page.getByRole('menuitem', { name: '起動', exact: true })).toBeEnabled();
    await expect(page.getByRole('menuitem', { name: /^マイグレーション…/ })).toBeVisible();
  });
});

test('the glossary in Japanese: terms and definitions in Japanese, found in either language and width', async ({
  lab: page,
}) => {
  await open(page, '/ja/glossary#live-migration');
  await expect(page.getByRole('heading', { level: 1, name: '用語集' })).toBeVisible();
  const live = page.getByRole('article', { name: 'ライブマイグレーション', exact: true });
  await expect(live).toBeInViewport();
  await expect(live).toContainText('virsh migrate --live');
  const search = page.getByRole('searchbox', { name: '用語を検索' });
  await search.fill('仮想化');
  await expect(page.getByRole('status').filter({ hasText: '一致する用語' })).toHaveText(
    /^「仮想化」に一致する用語: \d+ 件$/,
  );
  await expect(page.getByRole('article', { name: '完全仮想化' })).toBeVisible();
  await expect(page.getByRole('article', { name: '準仮想化(PV)' })).toBeVisible();
  await search.fill('ｘｍ');
  await expect(page.getByRole('article', { name: 'xm', exact: true })).toBeVisible();
  await search.fill('live migration');
  await expect(live).toBeVisible();
  await live.getByRole('link', { name: '概要' }).or(live.getByRole('link').first()).first().click();
  await expect(page).toHaveURL(/\/ja\//);
});

test('the console in Japanese: virsh prints what a Japanese host prints; xm stays English', async ({ lab: page }) => {
  await open(page, '/ja/console?host=kvm1');
  await expect(page.getByRole('heading', { level: 1, name: 'コンソール' })).toBeVisible();
  const input = page.getByRole('textbox', { name: 'kvm1 で実行するコマンド' });
  const log = page.getByRole('log', { name: 'コンソールの出力' });
  await input.fill('virsh suspend web01');
  await input.press('Enter');
  await expect(log).toContainText("ドメイン 'web01' が停止しました");
  await input.fill('virsh list');
  await input.press('Enter');
  await expect(log.locator('pre').last()).toContainText(/Id\s+名前\s+状態[\s\S]*web01\s+一時停止中/);
  await input.fill('virsh resume nosuch');
  await input.press('Enter');
  await expect(log).toContainText("エラー: ドメイン 'nosuch' の取得に失敗しました");
  await page.getByRole('combobox', { name: 'ホスト' }).selectOption('xen1');
  const xen = page.getByRole('textbox', { name: 'xen1 で実行するコマンド' });
  await xen.fill('xm list');
  await xen.press('Enter');
  await expect(log).toContainText('Name                                        ID   Mem VCPUs      State   Time(s)');
});

test('a lesson done in Japanese: its texts, a typed solution, the panel ticking steps off', async ({ lab: page }) => {
  await open(page, '/ja/learn/lifecycle-basics');
  await expect(page).toHaveTitle('ライフサイクルの基本: list、start、shutdown と destroy — VirtLab');
  await expect(page.getByRole('heading', { level: 2, name: '考え方' })).toBeVisible();
  await page.getByRole('button', { name: 'レッスンを開始' }).click();
  const panel = page.getByRole('complementary', { name: 'レッスンパネル' });
  await expect(panel.getByRole('heading', { name: 'ステップ 1/6' })).toBeVisible();
  await expect(panel).toContainText('kvm1 のドメインを、実行中かどうかにかかわらず');
  await page.goto('/ja/console?host=kvm1');
  const input = page.getByRole('textbox', { name: 'kvm1 で実行するコマンド' });
  for (const line of [
    'virsh list --all',
    'virsh start build01',
    'virsh shutdown build01',
    'virsh start build01',
    'virsh destroy build01',
    'virsh domstate build01 --reason',
  ]) {
    await input.fill(line);
    await input.press('Enter');
    await expect(input).toHaveValue('');
    // A QEMU guest answers the ACPI button a few seconds later (decision 033): wait, as a learner does.
    if (line.startsWith('virsh shutdown'))
      await expect
        .poll(
          () =>
            page.evaluate(async () => (await (await fetch('/api/hosts/kvm1/domains/build01')).json()).state as string),
          { timeout: 15_000 },
        )
        .toBe('shut off');
  }
  await expect(panel.getByRole('heading', { name: '✓ レッスン完了' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('log', { name: 'コンソールの出力' })).toContainText('シャットオフ (強制停止)');
});

test("a domain that is not there is refused in libvirt's Japanese words on a Japanese page", async ({ lab: page }) => {
  await open(page, '/ja/hosts/kvm1/domains/nosuch');
  await expect(page.getByRole('alert').filter({ hasText: 'ドメインは見つかりませんでした' })).toContainText(
    "エラー: ドメインは見つかりませんでした: 'nosuch' と一致する名前を持つドメインがありません",
  );
});
