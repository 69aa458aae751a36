import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    globals: true,
    restoreMocks: true,
    // Database-heavy tests take seconds on a loaded 2-core machine.
    testTimeout: 20_000,
  },
});
