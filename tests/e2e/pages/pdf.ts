import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Text of a PDF as poppler's pdftotext reads it, pages separated by form feeds. */
export async function pdfText(path: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', path, '-']);
  return stdout.split('\f').filter((page) => page.trim().length > 0);
}

export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
