import { appendFile, mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The app's own log on this computer: `logs/backoffice.log` in the data folder, plain
 * text, appended to. It keeps what the window must not show (the paths and the
 * operating system's own words behind a failure), for whoever supports the office.
 * Writing never blocks the caller and never fails it: entries queue and go to disk in
 * turn. When the file passes `maxBytes` it becomes `backoffice.log.1` (replacing the
 * older one), so the log never holds more than about twice `maxBytes`.
 */

export const localLogFileName = 'backoffice.log';

export type LocalLog = {
  readonly path: string;
  /** Queues one entry; returns at once. */
  write(level: 'error' | 'warn' | 'info', text: string): void;
  /** Resolves when every entry written so far is on disk (or given up). */
  flushed(): Promise<void>;
};

export type LocalLogOptions = {
  /** The folder of the log, `<data folder>/logs`. */
  folder: string;
  maxBytes?: number;
  now?: () => Date;
  /** Hears why the log itself could not be written (the console). */
  onWriteFailure?: (error: unknown) => void;
};

export function localLogFolder(dataFolder: string): string {
  return join(dataFolder, 'logs');
}

export function createLocalLog(options: LocalLogOptions): LocalLog {
  const path = join(options.folder, localLogFileName);
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const now = options.now ?? (() => new Date());
  let pending: string[] = [];
  let draining: Promise<void> | null = null;

  async function rotateIfFull(adding: number): Promise<void> {
    const size = await stat(path).then(
      (stats) => stats.size,
      () => 0,
    );
    if (size > 0 && size + adding > maxBytes) await rename(path, `${path}.1`);
  }

  async function drain(): Promise<void> {
    while (pending.length > 0) {
      const text = pending.join('');
      pending = [];
      try {
        await mkdir(options.folder, { recursive: true });
        await rotateIfFull(Buffer.byteLength(text));
        await appendFile(path, text, 'utf8');
      } catch (error) {
        options.onWriteFailure?.(error);
      }
    }
    draining = null;
  }

  return {
    path,
    write(level, text) {
      const lines = text.replace(/\r\n?/g, '\n').trimEnd().split('\n');
      pending.push(`${now().toISOString()} ${level.toUpperCase()} ${lines.join('\n    ')}\n`);
      draining ??= drain();
    },
    async flushed() {
      while (draining) await draining;
    },
  };
}

/**
 * An error and every cause, as log lines: what happened and why below it. With `stack`
 * (failures nobody expected), where in the code, too.
 */
export function describeForLog(error: unknown, options: { stack?: boolean } = {}): string {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== undefined && current !== null; depth += 1) {
    const text =
      current instanceof Error ? ((options.stack ? current.stack : undefined) ?? `${current.name}: ${current.message}`) : safeJson(current);
    lines.push(`${depth === 0 ? '' : 'caused by: '}${text}`);
    current = current instanceof Error ? current.cause : undefined;
  }
  return lines.join('\n');
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
