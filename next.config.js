// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `next dev -H 127.0.0.1` is reached as 127.0.0.1, which Next treats as a cross-origin dev client.
  allowedDevOrigins: ['127.0.0.1'],
  reactStrictMode: true,
  poweredByHeader: false,
  // English is served unprefixed from app/[locale] with locale "en" (proxy.ts says why this is not
  // the proxy's rewrite). Not /ja/…, /en/… (redirected by the proxy), the API, Next's files or files.
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/', destination: '/en' },
        { source: '/:path((?!ja(?:/|$)|en(?:/|$)|api(?:/|$)|_next/|_vercel/|.*\\.).*)', destination: '/en/:path' },
      ],
    };
  },
};

module.exports = createNextIntlPlugin('./i18n/request.ts')(nextConfig);
