import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions as launchOptions } from './walkthrough/chromium';

/**
 * E2E_PORT serves the mock build; LIBVIRT_E2E_PORT the same build on real libvirt, by default
 * 1000 above it — not the next port, which a second checkout's E2E_PORT is likely to be (helpers
 * sharing a machine take adjacent ports, and reuseExistingServer would run this suite against theirs).
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const libvirtPort = Number(process.env.LIBVIRT_E2E_PORT ?? port + 1000);

/**
 * The `libvirt` project: the same build served a second time with VIRTLAB_LIBVIRT_URI=test:///default
 * (docs/decisions/019-real-libvirt-backend.md), on LIBVIRT_E2E_PORT; its specs drive real virsh. Without
 * virsh (libvirt-clients) it cannot run, and says so loudly.
 */
const hasVirsh = (() => {
  try {
    execFileSync('virsh', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasVirsh)
  console.warn('\n*** virsh is missing: the libvirt e2e project is SKIPPED (apt-get install libvirt-clients) ***\n');
const libvirtSpec = /libvirt\.spec\.ts$/;

/**
 * The e2e suite runs against the production build (next build, then next start) with the real
 * MSW service worker, as a learner's browser gets it.
 */
export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1366, height: 900 },
    launchOptions,
  },
  projects: [
    { name: 'mock', testIgnore: libvirtSpec },
    ...(hasVirsh
      ? [{ name: 'libvirt', testMatch: libvirtSpec, use: { baseURL: `http://127.0.0.1:${libvirtPort}` } }]
      : []),
  ],
  // Started one after the other: the second serves the build the first made.
  webServer: [
    {
      command: `npm run build && npx next start -H 127.0.0.1 -p ${port}`,
      url: `http://127.0.0.1:${port}`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    ...(hasVirsh
      ? [
          {
            command: `npx next start -H 127.0.0.1 -p ${libvirtPort}`,
            url: `http://127.0.0.1:${libvirtPort}`,
            timeout: 60_000,
            reuseExistingServer: !process.env.CI,
            env: { NEXT_TELEMETRY_DISABLED: '1', VIRTLAB_LIBVIRT_URI: 'test:///default' },
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
});
