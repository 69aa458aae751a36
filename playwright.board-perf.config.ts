import { defineConfig } from '@playwright/test';

// Board and popup timings with 100,000 contacts: `npm run bench:board` (not part of `npm test`).
export default defineConfig({
  testDir: 'tests/perf',
  testMatch: '*.perf.ts',
  workers: 1,
  timeout: 1_800_000,
  reporter: [['list']],
  outputDir: 'test-results/perf',
});
