import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// electron-builder's own reader, schema check and file matcher (from app-builder-lib, which
// electron-builder runs on): the test sees the configuration exactly as packaging does.
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

// What an installer carries and how its Electron binary is locked down (electron-builder.yml).

const root = fileURLToPath(new URL('..', import.meta.url));
const config = await getConfig(root, null, null);

/** Whether electron-builder would pack a file of the project (a path from the project folder). */
function packed(path: string): boolean {
  const matchers = getFileMatchers(config, 'files', join(root, 'release'), {
    macroExpander: (pattern) => pattern,
    customBuildOptions: config,
    globalOutDir: join(root, 'release'),
    defaultSrc: root,
  });
  if (!matchers) throw new Error('electron-builder.yml lists no files.');
  const file = { isDirectory: () => false } as Parameters<ReturnType<(typeof matchers)[number]['createFilter']>>[1];
  return matchers.some((matcher) => matcher.createFilter()(join(root, path), file));
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema check', { timeout: 60_000 }, async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips the fuses that stop the installed app from running as Node, being debugged or loading code from outside its asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).toBe(true);
  });

  it('packs the app and nothing else: no source maps, no benchmark pages, no type declarations', () => {
    for (const path of ['package.json', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'dist/renderer/assets/index-B6BZA4BX.js']) {
      expect(packed(path), path).toBe(true);
    }
    for (const path of [
      'dist/electron/main.cjs.map',
      'dist/renderer/assets/index-B6BZA4BX.js.map',
      'dist/bench-page/index.html',
      'dist/bench-ledger/ledger.html',
      '.tmp/bench/ledger-page/ledger.html',
      'tests/bench/page/index.html',
      'dist/types/electron/main.d.ts',
      'electron/main.ts',
    ]) {
      expect(packed(path), path).toBe(false);
    }
  });
});
