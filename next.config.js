// @ts-check
const { execFile } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { promisify } = require('node:util');
const createNextIntlPlugin = require('next-intl/plugin');

/**
 * `next build` itself builds the lab's worker into public/ (scripts/build-lab-worker.mjs) once its
 * compile is done, before the pages are prerendered: a build made with `npx next build` alone
 * serves /lab-worker.js as `npm run build` does (docs/decisions/040-next-build-builds-the-lab-worker.md).
 */
async function buildLabWorker() {
  await promisify(execFile)(process.execPath, ['scripts/build-lab-worker.mjs'], { cwd: __dirname });
}

/**
 * And lists the chunks the pages' lazy imports load (public/lazy-chunks.json), which the page fetches
 * when idle without evaluating them (docs/decisions/048-…). The client's chunks are written by now.
 */
async function afterCompile() {
  await buildLabWorker();
  await promisify(execFile)(process.execPath, ['scripts/list-lazy-chunks.mjs'], { cwd: __dirname });
}

/**
 * The headers every answer carries (docs/decisions/013-hostile-input-storage-and-headers.md).
 * Scripts: 'self' plus 'unsafe-inline' and no nonce. A nonce makes every page dynamic (Next.js
 * renders it per request to stamp the nonce), which would end the prerendered first visit of
 * decision 008; hashes cannot cover the inline payload scripts Next.js writes per page. No
 * 'unsafe-eval' in production (React's development build needs it for its error overlay).
 * The API's service worker (/mockServiceWorker.js) and the lab's worker (/lab-worker.js, built
 * by scripts/build-lab-worker.mjs) are same-origin scripts: worker-src 'self'.
 */
const dev = process.env.NODE_ENV === 'development';

// `next dev` has no hook like runAfterProductionCompile: run alone (not `npm run dev`, which builds
// and watches the worker first), it would serve pages whose lab never starts. Say so where the developer looks.
if (dev && !existsSync(join(__dirname, 'public/lab-worker.js')))
  console.warn(
    "\n*** public/lab-worker.js is missing: the lab will not start. Run `npm run dev` (it builds and watches the lab's worker). ***\n",
  );

const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${dev ? ' ws:' : ''}`,
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `next dev -H 127.0.0.1` is reached as 127.0.0.1, which Next treats as a cross-origin dev client.
  allowedDevOrigins: ['127.0.0.1'],
  reactStrictMode: true,
  // The stylesheet in <head> held back the inline script after it (a script waits for the styles
  // before it): inlined, the lab's worker starts and asks for the first data as soon as the HTML
  // is parsed (docs/decisions/029-first-answer-and-a-lazy-shell.md). 33 KB, ~7 KB in gzip.
  // useOffline: a link followed offline to a page never fetched waits for the connection (the page
  // and its lab keep working; OfflineNotice says so in the page's language) instead of falling back
  // to a browser navigation, which shows the browser's own offline error (docs/decisions/052).
  experimental: { inlineCss: true, useOffline: true },
  // MSW's cookie store without tough-cookie's jar and tldts in the browser (lib/browser/no-cookies.ts).
  turbopack: { resolveAlias: { 'tough-cookie': { browser: './lib/browser/no-cookies.ts' } } },
  poweredByHeader: false,
  compiler: { runAfterProductionCompile: afterCompile },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // One name for every build: revalidated on each load (ETag), never served stale.
      { source: '/lab-worker.js', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
      // The chunks it imports are named by their content: a new build names new ones.
      {
        source: '/lab-worker/:chunk*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
    ];
  },
  // English is served unprefixed from app/[locale] with locale "en" (proxy.ts says why this is not
  // the proxy's rewrite). Not /ja/…, /en/… (redirected by the proxy), the API, Next's files or files.
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/', destination: '/en' },
        // One prerendered shell per language for every domain and every lesson; the page reads the
        // names from the URL (docs/decisions/039-…). Before the English rule below.
        { source: '/hosts/:host/domains/:name', destination: '/en/hosts/_/domains/_' },
        { source: '/ja/hosts/:host/domains/:name', destination: '/ja/hosts/_/domains/_' },
        { source: '/learn/:id', destination: '/en/learn/_' },
        { source: '/ja/learn/:id', destination: '/ja/learn/_' },
        { source: '/:path((?!ja(?:/|$)|en(?:/|$)|api(?:/|$)|_next/|_vercel/|.*\\.).*)', destination: '/en/:path' },
      ],
    };
  },
};

// Messages are compiled at build time (next-intl's catalog loader, icu-minify): the page gets each
// message as a small precompiled form and formats it without intl-messageformat's parser (no
// parsing, no locale resolution per message on the main thread; docs/decisions/035-…).
module.exports = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
})(nextConfig);
