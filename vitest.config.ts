import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'lib/**/__tests__/**/*.test.ts',
      'mocks/**/__tests__/**/*.test.ts',
      'components/**/__tests__/**/*.test.ts',
      'conformance/**/*.test.ts',
      'bin/**/__tests__/**/*.test.ts',
      'i18n/**/__tests__/**/*.test.ts',
    ],
    environment: 'node',
    // Tests that run the real tools (virsh, virt-install, virt-clone, qemu-img) spawn processes: on a loaded
    // 2-core machine one python start-up alone can pass vitest's 5 s default.
    testTimeout: 60_000,
    globalSetup: ['bin/__tests__/build-cli.setup.ts'],
  },
  resolve: { alias: { '@': new URL('./', import.meta.url).pathname } },
});
