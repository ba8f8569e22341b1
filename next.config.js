// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // `next dev -H 127.0.0.1` is reached as 127.0.0.1, which Next treats as a cross-origin dev client.
  allowedDevOrigins: ['127.0.0.1'],
  reactStrictMode: true,
  poweredByHeader: false,
};

module.exports = nextConfig;
