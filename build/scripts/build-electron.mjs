// Bundles the main process and the preload into dist/electron as CommonJS: Electron
// loads main.cjs (package.json "main"), and sandboxed preloads must be CommonJS.
// Everything but electron itself is bundled, so the packaged app needs no node_modules.
// No source maps: dist/ is what an installer carries (build/scripts/check-dist.mjs).
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
// What an earlier build left (a source map of an older setup) must not outlive it.
await Promise.all(['dist/electron', 'dist/cli'].map((folder) => rm(new URL(`../../${folder}`, import.meta.url), { recursive: true, force: true })));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: false,
  logLevel: 'info',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  // The command-line tool (package.json "bin"): plain Node, no Electron.
  build({ ...common, entryPoints: ['electron/cli/backoffice.ts'], outfile: 'dist/cli/backoffice.cjs', banner: { js: '#!/usr/bin/env node' } }),
]);
