// `npm start`: build, then launch the desktop app in Electron. Where the Electron runtime
// cannot be had (it is downloaded on first launch, from outside the npm registry), say so
// and open the same app in the Chromium development host instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command, args, options = {}) => spawnSync(command, args, { stdio: 'inherit', ...options }).status ?? 1;

if (run(npm, ['run', 'build']) !== 0) process.exit(1);

let electronBinary;
try {
  // Resolving the electron package fetches its runtime on first use.
  electronBinary = createRequire(import.meta.url)('electron');
} catch (error) {
  console.error(`\nThe Electron runtime is not available: ${error instanceof Error ? error.message : error}`);
}

if (typeof electronBinary === 'string') {
  const child = spawn(electronBinary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.error('Opening Backoffice in the Chromium development host instead (needs a display and Debian chromium).\n');
  process.exit(run(npm, ['run', 'dev:browser:open']));
}
