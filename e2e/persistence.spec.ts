import { apiServed, expect, open, setLatency, test, watchAttribute } from './fixtures';

test('a reload keeps the world', async ({ lab: page }) => {
  await open(page, '/');
  await page.getByRole('button', { name: 'Actions for web01' }).click();
  await page.getByRole('menuitem', { name: 'Suspend' }).click();
  const row = page.getByRole('row', { name: /web01/ });
  await expect(row).toContainText('paused');
  await page.reload();
  await expect(page.getByRole('row', { name: /web01/ })).toContainText('paused');
  await expect(page.getByRole('list', { name: 'Events, newest first' })).toContainText('Suspended Paused');
});

test('a reload straight after a command keeps it (the lab is stored before the command is answered)', async ({
  lab: page,
}) => {
  await open(page, '/');
  await expect(page.getByRole('row', { name: /web01/ })).toContainText('running');
  // The command's answer and the reload in one task: no idle time in between for the store.
  await page
    .evaluate(() =>
      fetch('/api/hosts/kvm1/domains/web01/actions/suspend', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      }).then((r) => {
        if (!r.ok) throw new Error(`suspend: ${r.status}`);
        location.reload();
      }),
    )
    .catch((e: Error) => {
      if (!/context was destroyed|navigat/i.test(e.message)) throw e;
    });
  await page.waitForLoadState();
  await expect(page.getByRole('row', { name: /web01/ })).toContainText('paused');
});

test('a corrupt saved lab leads to the recovery screen, which downloads it or resets', async ({ lab: page }) => {
  await open(page, '/');
  await page.evaluate(() => localStorage.setItem('virtlab:lab', '{"version":1,"lab":{"world":'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your saved lab cannot be opened' })).toBeVisible();
  await expect(page.getByText('The saved data is damaged.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download raw data' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('virtlab-saved-lab.json');
  await page.getByRole('button', { name: 'Reset lab' }).click();
  await expect(page.getByRole('heading', { name: 'Hosts and domains' })).toBeVisible();
  await expect(page.getByRole('row', { name: /web01/ })).toContainText('running');
});

test('the recovery screen on a Japanese page says what is damaged in Japanese, the stored path kept', async ({
  lab: page,
}) => {
  await open(page, '/');
  await page.evaluate(() => localStorage.setItem('virtlab:lab', '{"version":1,"lab":{"world":'));
  await page.reload();
  // English pages show the parser's own words.
  await expect(page.getByText(/^not JSON: /)).toBeVisible();
  await page.goto('/ja');
  await expect(page.getByRole('heading', { name: '保存されたラボを開けません' })).toBeVisible();
  await expect(page.getByText('lab が JSON ではありません（途中で切れたか、上書きされています）。')).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(/JSON: |Unexpected|Expected/);
});

test('a stored lab the simulator could not run (a domain set to null) gets the recovery screen on every page', async ({
  lab: page,
}) => {
  await open(page, '/');
  await page.evaluate(() => fetch('/api/hosts/kvm1/domains/web01/actions/suspend', { method: 'POST', body: '{}' }));
  const damaged = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const r = indexedDB.open('virtlab');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    const io = (mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest) =>
      new Promise<unknown>((ok, ko) => {
        const r = fn(db.transaction('lab', mode).objectStore('lab'));
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
    const stored = JSON.parse((await io('readonly', (s) => s.get('text'))) as string);
    stored.lab.world.hosts[0].domains[0] = null;
    const raw = JSON.stringify(stored);
    await io('readwrite', (s) => s.put(raw, 'text'));
    db.close();
    return raw;
  });
  for (const path of ['/', '/hosts/kvm1/domains/web01', '/learn/lifecycle-basics', '/console']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Your saved lab cannot be opened' })).toBeVisible();
  }
  // Nothing answered in the meantime wrote over it: the download is the damaged lab, byte for byte.
  await apiServed(page);
  expect(await page.evaluate(() => fetch('/api/lab/raw').then((r) => r.text()))).toBe(damaged);
});

test('a lab saved by an older version is not read as if it were current', async ({ lab: page }) => {
  await open(page, '/');
  await page.evaluate(() => localStorage.setItem('virtlab:lab', JSON.stringify({ version: 0, lab: { hosts: [] } })));
  await page.reload();
  await expect(page.getByText('It was saved by an older version of VirtLab')).toBeVisible();
});

test('Lab menu: latency shows pending buttons, and Reset lab starts over', async ({ lab: page }) => {
  await open(page, '/hosts/kvm1/domains/web01');
  await setLatency(page, 500);
  const suspend = page.getByRole('button', { name: 'Suspend', exact: true });
  // Half a second is short on a loaded machine: the attribute is watched, not polled.
  const wasBusy = await watchAttribute(suspend, 'aria-busy', 'true');
  await suspend.click();
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('paused(user)');
  expect(await wasBusy(), 'Suspend was shown pending while the lab answered').toBe(true);
  await expect(suspend).not.toHaveAttribute('aria-busy', 'true');

  await page.getByRole('button', { name: 'Lab' }).click();
  await page.getByRole('menuitem', { name: 'Reset lab…' }).click();
  await page.getByRole('alertdialog', { name: 'Reset the lab?' }).getByRole('button', { name: 'Reset lab' }).click();
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('running(booted)');
});

test('undo points are IndexedDB records of their own: written once, checked on load, cleared by a reset', async ({
  lab: page,
}) => {
  await open(page, '/hosts/kvm1/domains/web01');
  const badge = page.getByRole('status', { name: 'Domain state' });
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(badge).toContainText('paused');
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(badge).toContainText('running');
  const stored = () =>
    page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const r = indexedDB.open('virtlab');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      const all = <T>(fn: (s: IDBObjectStore) => IDBRequest<T>) =>
        new Promise<T>((ok, ko) => {
          const r = fn(db.transaction('lab', 'readonly').objectStore('lab'));
          r.onsuccess = () => ok(r.result);
          r.onerror = () => ko(r.error);
        });
      const keys = (await all((s) => s.getAllKeys())).map(String).filter((k) => k.startsWith('undo:'));
      const text = JSON.parse((await all((s) => s.get('text'))) as string);
      db.close();
      return { keys: keys.sort(), history: text.lab.history as { past: string[] } };
    });
  const { keys, history } = await stored();
  expect(keys).toHaveLength(2);
  expect(history.past.map((k) => `undo:${k}`).sort()).toEqual(keys);
  // A damaged record is a damaged lab: the recovery screen, not a page that breaks on undo.
  await page.evaluate(
    (key) =>
      new Promise<void>((ok, ko) => {
        const r = indexedDB.open('virtlab');
        r.onsuccess = () => {
          const tx = r.result.transaction('lab', 'readwrite');
          tx.objectStore('lab').put('{"seq":', key);
          tx.oncomplete = () => ok();
          tx.onerror = () => ko(tx.error);
        };
      }),
    keys[0],
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your saved lab cannot be opened' })).toBeVisible();
  await page.getByRole('button', { name: 'Reset lab' }).click();
  await expect(badge).toContainText('running');
  expect((await stored()).keys).toEqual([]);
});
