import { existsSync } from 'node:fs';

/**
 * How every browser VirtLab drives (the e2e suite, the walkthrough, the bench) launches Chromium:
 * Debian's build where it exists (Playwright cannot download browsers on this machine), with the
 * flags a container needs; Playwright's own browser elsewhere.
 */
const debianChromium = '/usr/bin/chromium';

export const chromiumLaunchOptions: { executablePath?: string; args?: string[] } = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    }
  : {};
