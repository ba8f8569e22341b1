import { expect, open } from './fixtures';
import type { Page } from '@playwright/test';

export const state = (page: Page) => page.getByRole('status', { name: 'Domain state' });
export const lastCommand = (page: Page) => page.getByRole('status', { name: 'Last command output' });
export const events = (page: Page) => page.getByRole('list', { name: 'Events, newest first' });

async function click(page: Page, name: string, expected: { state: string; line: string; output: string }) {
  await page.getByRole('button', { name, exact: true }).click();
  await expect(lastCommand(page)).toContainText(expected.line);
  await expect(lastCommand(page)).toContainText(expected.output);
  await expect(state(page)).toHaveText(expected.state);
}

/**
 * Every lifecycle button on a running domain's page: its virsh command, the transition it lights and
 * the event it logs. The same clicks on the mock lab (kvm1/web01) and on real libvirt (test/test,
 * e2e/libvirt.spec.ts), so the UI is checked against what libvirt itself reports.
 */
export async function everyLifecycleButton(page: Page, host: string, d: string, driver: 'qemu' | 'test' = 'qemu') {
  await open(page, `/hosts/${host}/domains/${d}`);
  await expect(state(page)).toHaveText('running(booted)');
  const start = page.getByRole('button', { name: 'Start', exact: true });
  await expect(start).toBeDisabled();
  await expect(start).toHaveAccessibleDescription('start: the domain is not shut off');

  await click(page, 'Suspend', {
    state: 'paused(user)',
    line: `virsh suspend ${d}`,
    output: `Domain '${d}' suspended`,
  });
  await expect(page.getByRole('figure')).toContainText('running (booted) → paused (user) by suspend');
  await expect(events(page)).toContainText(`event 'lifecycle' for domain '${d}': Suspended Paused`);
  await expect(page.getByRole('button', { name: 'Suspend', exact: true })).toHaveAccessibleDescription(
    'suspend: the domain is not running',
  );

  await click(page, 'Resume', {
    state: 'running(unpaused)',
    line: `virsh resume ${d}`,
    output: `Domain '${d}' resumed`,
  });
  await expect(events(page)).toContainText('Resumed Unpaused');
  await click(page, 'Reboot', {
    state: 'running(booted)',
    line: `virsh reboot ${d}`,
    output: `Domain '${d}' is being rebooted`,
  });
  await click(page, 'Reset', {
    state: 'running(booted)',
    line: `virsh reset ${d}`,
    output: `Domain '${d}' was reset`,
  });
  await page.getByRole('button', { name: 'Shut down', exact: true }).click();
  await expect(lastCommand(page)).toContainText(`Domain '${d}' is being shutdown`);
  if (driver === 'qemu') {
    // A QEMU guest answers the ACPI button a few seconds later: the page says so, then changes by itself.
    await expect(page.getByText('Shutdown requested · the guest OS answers in a few seconds').first()).toBeVisible();
    await expect(state(page)).toHaveText('running(booted)');
  }
  await expect(state(page)).toHaveText('shut off(shutdown)');
  await expect(page.getByText('Shutdown requested')).toHaveCount(0);
  // QEMU: the guest powers off (Shutdown event, in shutdown) and QEMU ends a moment later.
  const before = driver === 'qemu' ? 'in shutdown (unknown)' : 'running (booted)';
  await expect(page.getByRole('figure')).toContainText(`${before} → shut off (shutdown) by shutdown`);
  if (driver === 'qemu') await expect(events(page)).toContainText('Shutdown Finished after guest request');
  await click(page, 'Start', { state: 'running(booted)', line: `virsh start ${d}`, output: `Domain '${d}' started` });
  if (driver === 'test') {
    // virsh managedsave may never return on libvirt's test driver: the real backend disables it (decision 019).
    await expect(page.getByRole('button', { name: 'Managed save', exact: true })).toBeDisabled();
  } else {
    await click(page, 'Managed save', {
      state: 'shut off(saved)',
      line: `virsh managedsave ${d}`,
      output: `Domain '${d}' state saved by libvirt`,
    });
    await expect(page.getByText('has a managed save image')).toBeVisible();
    await click(page, 'Start', {
      state: 'running(restored)',
      line: `virsh start ${d}`,
      output: `Domain '${d}' started`,
    });
  }
  await click(page, 'Destroy', {
    state: 'shut off(destroyed)',
    line: `virsh destroy ${d}`,
    output: `Domain '${d}' destroyed`,
  });
  await expect(events(page)).toContainText(`event 'lifecycle' for domain '${d}': Stopped Destroyed`);
}
