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
  },
  resolve: { alias: { '@': new URL('./', import.meta.url).pathname } },
});
