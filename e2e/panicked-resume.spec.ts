import { expect, open, test, typeInConsole } from './fixtures';
import { events, lastCommand, state } from './lifecycle';

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
