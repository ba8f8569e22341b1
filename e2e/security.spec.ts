import { expect, open, test, typeInConsole } from './fixtures';

/** The server's headers (next.config.js, decision 013): a strict CSP the app runs under, no framing. */

test('every page is sent with the security headers', async ({ lab: page }) => {
  for (const path of ['/', '/hosts/kvm1/domains/web01', '/mockServiceWorker.js']) {
    const res = await page.request.get(path);
    const h = res.headers();
    const csp = h['content-security-policy'] ?? '';
    expect(csp, path).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['permissions-policy']).toContain('camera=()');
  }
});

test('a foreign page cannot frame the lab', async ({ page, baseURL }) => {
  await page.goto('about:blank');
  await page.setContent(`<iframe title="lab" src="${baseURL}/" width="800" height="600"></iframe>`);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame).toBeDefined();
  // Chromium replaces a refused frame with its error page: the lab never runs inside it.
  expect(frame?.url()).not.toBe(`${baseURL}/`);
  await expect(page.frameLocator('iframe').getByRole('heading', { name: 'Hosts and domains' })).toHaveCount(0);
});

test('the lab runs under its Content-Security-Policy: worker, actions, console, compare', async ({ lab: page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await open(page, '/hosts/kvm1/domains/web01');
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('paused(user)');
  const out = await typeInConsole(page, 'virsh domstate web01 --reason');
  await expect(out).toContainText('paused (user)');
  await open(page, '/compare');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
