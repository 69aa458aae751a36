// `npm run bench`: bundle the TypeScript runner with esbuild (already a
// dependency of WXT) and run it. See scripts/bench/run.ts.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

mkdirSync('bench-results/.build', { recursive: true });
await build({
  entryPoints: ['scripts/bench/run.ts'],
  outfile: 'bench-results/.build/run.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL('bench-results/.build/run.mjs').href);
process.exitCode = await main(process.argv.slice(2));
