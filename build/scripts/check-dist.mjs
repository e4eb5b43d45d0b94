// Runs at the end of `npm run build`: dist/ must hold only the app, the command-line tool
// and the type checker's output. Source maps and benchmark pages would reach an installer
// (or the disk of whoever copies dist/), so the build fails while any is there.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const expectedFolders = new Set(['electron', 'renderer', 'cli', 'types']);
const appPage = 'renderer/index.html';

const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile())
  .map((entry) => relative(dist, join(entry.parentPath ?? entry.path, entry.name)).split('\\').join('/'));

const problems = [
  ...[...new Set(files.map((file) => file.split('/')[0]))]
    .filter((top) => !expectedFolders.has(top))
    .map((top) => `dist/${top}: not part of the app (benchmark pages build into .tmp/bench); delete it`),
  ...files.filter((file) => file.endsWith('.map')).map((file) => `dist/${file}: a source map`),
  ...files.filter((file) => /\.html?$/.test(file) && file !== appPage && !file.startsWith('types/')).map((file) => `dist/${file}: a page other than the app's`),
];

if (problems.length > 0) {
  console.error(`dist/ holds what no installer may carry:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`dist/ checked: ${files.length} files, no source maps, no pages but the app's.`);
