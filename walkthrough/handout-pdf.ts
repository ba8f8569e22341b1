import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';

/**
 * A handout as a PDF for printing (`npm run walkthrough -- --pdf`): the HTML handout printed by
 * Chromium (Playwright's page.pdf) on A4, in print media, one step per block — the handout's CSS
 * keeps a step and its screenshot together (`break-inside: avoid`).
 */
export async function writeHandoutPdf(browser: Browser, dir: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(pathToFileURL(resolve(dir, 'index.html')).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    // Screenshots are lazy-loaded on screen; a printed page needs every one of them now.
    await page.evaluate(async () => {
      for (const img of Array.from(document.images)) {
        img.loading = 'eager';
        if (!img.complete) await new Promise((r) => img.addEventListener('load', r, { once: true }));
      }
    });
    const path = join(dir, 'handout.pdf');
    await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
    return path;
  } finally {
    await context.close();
  }
}
