import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test, typeInConsole } from './fixtures';
import { events, lastCommand, state } from './lifecycle';

/** Screenshots land beside the other pages' (e2e/a11y.spec.ts); look at them. */
const shots = 'test-results/screenshots';

async function noAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

async function screenshots(page: Page, name: string) {
  const trainer = page.getByRole('region', { name: /Trainer|トレーナー/ });
  for (const width of [390, 1024, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await trainer.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/${name}-${width}.png` });
  }
}

/**
 * A QEMU guest its panic device reported, kept by on_crash preserve: qemuDomainResume starts its vCPUs
 * again (crashed (panicked) → running (unpaused), Resumed Unpaused). The table's resume row says so, so
 * the Resume button is offered, the diagram draws the arrow and the caption names it (decision 063).
 */
test('QEMU, on_crash preserve: the Trainer crash leaves crashed (panicked); Resume runs it again', async ({ page }) => {
  await open(page, '/hosts/kvm1/domains/web01');
  const resume = page.getByRole('button', { name: 'Resume', exact: true });
  await expect(resume).toHaveAccessibleDescription('resume: the domain is not paused');
  const log = await typeInConsole(page, 'virsh set-lifecycle-action web01 crash preserve --live', 'kvm1');
  await expect(log).toContainText('virsh set-lifecycle-action web01 crash preserve --live');
  await page.getByRole('button', { name: 'Hide console' }).click();
  const trainer = page.getByRole('region', { name: 'Trainer' });
  await trainer.getByRole('button', { name: 'Crash the guest (kernel panic)' }).click();
  await expect(trainer.getByRole('status')).toHaveText('Kernel panic, on_crash preserve: Crashed Panicked.');
  await expect(state(page)).toHaveText('crashed(panicked)');
  await expect(resume).toBeEnabled();
  await resume.click();
  await expect(lastCommand(page)).toContainText('virsh resume web01');
  await expect(lastCommand(page)).toContainText("Domain 'web01' resumed");
  await expect(state(page)).toHaveText('running(unpaused)');
  await expect(events(page)).toContainText("event 'lifecycle' for domain 'web01': Resumed Unpaused");
  await expect(page.getByRole('figure')).toContainText('crashed (panicked) → running (unpaused) by resume');
  // Running again: a second resume is refused, and the button says why.
  await expect(resume).toHaveAccessibleDescription('resume: the domain is not paused');
});

test('QEMU without a panic device (db01): the Trainer says so, and the panic leaves it running, hung', async ({
  page,
}) => {
  await open(page, '/hosts/kvm1/domains/db01');
  const trainer = page.getByRole('region', { name: 'Trainer' });
  const crash = trainer.getByRole('button', { name: 'Crash the guest (kernel panic)' });
  await expect(crash).toHaveAccessibleDescription(
    'db01 has no panic device (no panic element in its XML): QEMU will not hear the panic, so the guest just hangs, still running, and on_crash (destroy) is never used.',
  );
  await crash.click();
  await expect(trainer.getByRole('status')).toHaveText(
    'Kernel panic, but no panic device told QEMU: no event, on_crash unused. The guest hangs, still shown as running; a reset or destroy ends it.',
  );
  await expect(state(page)).toHaveText('running(booted)');
  await noAxeViolations(page);
  await screenshots(page, 'trainer-no-panic-device-en');
});

test('ja: QEMU without a panic device: the hint and the answer in Japanese', async ({ page }) => {
  await open(page, '/ja/hosts/kvm1/domains/db01');
  const trainer = page.getByRole('region', { name: 'トレーナー' });
  await expect(trainer).toContainText('db01 にはパニックデバイスがありません (ドメイン XML に定義されていません)。');
  await trainer.getByRole('button', { name: 'ゲストをクラッシュさせる (カーネルパニック)' }).click();
  await expect(trainer.getByRole('status')).toContainText('パニックデバイスがないため QEMU には伝わりません');
  await noAxeViolations(page);
  await screenshots(page, 'trainer-no-panic-device-ja');
});

/** The state diagram, scrolled into view, at a phone's and a laptop's width. */
async function diagramShots(page: Page, name: string) {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByRole('figure').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/${name}-${width}.png` });
  }
}

/** A Xen HVM guest without PV drivers: its kernel cannot tell Xen of a panic; it hangs, running (decision 068). */
test('Xen HVM without PV drivers (hvm-win): the Trainer says so, and the panic leaves it running, hung', async ({
  page,
}) => {
  await open(page, '/hosts/xen1/domains/hvm-win');
  // No crash arrow in its state diagram: nothing it does on a panic changes its state (decision 074).
  await expect(page.getByRole('figure')).toContainText('shutdown');
  await expect(page.getByRole('figure')).not.toContainText(/crash(?!ed)/);
  await diagramShots(page, 'diagram-hvm-win-en');
  const trainer = page.getByRole('region', { name: 'Trainer' });
  const crash = trainer.getByRole('button', { name: 'Crash the guest (kernel panic)' });
  await expect(crash).toHaveAccessibleDescription(
    'hvm-win is an HVM guest without PV drivers: its kernel has no way to tell Xen of a panic (no crash shutdown), so the guest just hangs, still running, and on_crash (destroy) is never used.',
  );
  await crash.click();
  await expect(trainer.getByRole('status')).toHaveText(
    'Kernel panic, but without PV drivers nothing told Xen: no event, on_crash unused. The guest hangs, still shown as running; a reset or destroy ends it.',
  );
  await expect(state(page)).toHaveText('running(booted)');
  await noAxeViolations(page);
  await screenshots(page, 'trainer-xen-hvm-hangs-en');
});

test('ja: Xen HVM without PV drivers: the hint and the answer in Japanese', async ({ page }) => {
  await open(page, '/ja/hosts/xen1/domains/hvm-win');
  await expect(page.getByRole('figure')).toContainText('shutdown');
  await expect(page.getByRole('figure')).not.toContainText(/crash(?!ed)/);
  await diagramShots(page, 'diagram-hvm-win-ja');
  const trainer = page.getByRole('region', { name: 'トレーナー' });
  await expect(trainer).toContainText('hvm-win は PV ドライバーのない HVM ゲストです。');
  await trainer.getByRole('button', { name: 'ゲストをクラッシュさせる (カーネルパニック)' }).click();
  await expect(trainer.getByRole('status')).toContainText('PV ドライバーがないため Xen には伝わりません');
  await noAxeViolations(page);
  await screenshots(page, 'trainer-xen-hvm-hangs-ja');
});

test('a Xen PV guest reports its panic: its state diagram keeps the crash arrow (the control)', async ({ page }) => {
  await open(page, '/hosts/xen1/domains/pv-web');
  await expect(page.getByRole('figure')).toContainText(/crash(?!ed)/);
});
