import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'lib/**/__tests__/**/*.test.ts',
      'mocks/**/__tests__/**/*.test.ts',
      'components/**/__tests__/**/*.test.ts',
      // Components rendered in a DOM (Testing Library on happy-dom: `// @vitest-environment happy-dom` in the file).
      'components/**/__tests__/**/*.test.tsx',
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
