import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions as launchOptions } from './walkthrough/chromium';

const port = Number(process.env.E2E_PORT ?? 3100);

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
  webServer: {
    command: `npx next build && npx next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
