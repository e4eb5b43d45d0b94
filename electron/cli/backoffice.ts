// The command-line tool (npm run cli -- COMMAND …, or the "backoffice" bin): plain Node,
// reusing shared/ and the backup services; bundled to dist/cli/backoffice.cjs.
import { runCli } from './run';

// `backoffice report … | head`: the reader left; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
