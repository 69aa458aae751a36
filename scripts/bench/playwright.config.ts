import { defineConfig } from '@playwright/test';

// Benchmarks in real Chromium: `npm run build && npx playwright test -c scripts/bench/playwright.config.ts`.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  workers: 1,
  timeout: 900_000,
  expect: { timeout: 300_000 },
  reporter: [['list']],
  outputDir: '../../test-results/bench-artifacts',
});
