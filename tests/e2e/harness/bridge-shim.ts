import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

let source: string | undefined;

/** The page-side preload (page-preload.ts) bundled into one init script, built once per process. */
export function bridgeShimSource(): string {
  source ??= buildSync({
    entryPoints: [fileURLToPath(new URL('./page-preload.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
  }).outputFiles[0]!.text;
  return source;
}
