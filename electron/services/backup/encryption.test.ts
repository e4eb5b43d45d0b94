import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultScrypt, maxScrypt } from '../../../shared/backup/format';
import { openBackup } from './backup-reader';
import { BackupWriter } from './backup-writer';
import type { ScryptParams } from './encryption';
import { BackupFault } from './faults';
import { testScrypt, writeSampleBackup } from './test-support';

// The key derivation an encrypted file asks for in its header: what the app writes (and
// cheaper, as tests write) opens; anything costlier is refused before a key is derived.

const passphrase = 'correct horse battery';
let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-scrypt-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function reasonOpening(path: string, withPassphrase: string | undefined): Promise<string> {
  try {
    await (await openBackup(path, { passphrase: withPassphrase })).close();
    return 'opened';
  } catch (error) {
    if (error instanceof BackupFault) return error.reason;
    throw error;
  }
}

async function encryptedWith(scrypt: ScryptParams, second: number): Promise<string> {
  const writer = await BackupWriter.start({
    folder,
    purpose: 'regular',
    schemaVersion: 1,
    appVersion: 'test',
    companyName: 'Acme',
    createdAt: new Date(2026, 10, 25, 9, 0, second),
    passphrase,
    scrypt,
  });
  await writer.addPart('auditLog', JSON.stringify([{ id: 'a' }]), 1);
  return (await writer.finish([{ name: 'auditLog', schema: 'id', records: 1 }])).path;
}

describe('the scrypt cost in an encrypted file’s header', () => {
  it('what the app writes, its margin and cheaper costs open', { timeout: 60_000 }, async () => {
    expect(maxScrypt).toEqual({ log2N: defaultScrypt.log2N + 1, r: 8, p: 1 });
    for (const [i, scrypt] of [testScrypt, defaultScrypt, maxScrypt].entries()) {
      expect(await reasonOpening(await encryptedWith(scrypt, i), passphrase), JSON.stringify(scrypt)).toBe('opened');
    }
  });

  it('anything costlier is refused before a key is derived, with or without a passphrase', { timeout: 60_000 }, async () => {
    const written = await writeSampleBackup(folder, { passphrase });
    const original = await readFile(written.path);
    const costlier = [
      { log2N: 18, r: 8, p: 1 },
      { log2N: 16, r: 16, p: 1 },
      { log2N: 16, r: 8, p: 2 },
      { log2N: 20, r: 16, p: 4 },
      { log2N: 255, r: 255, p: 255 },
    ];
    for (const { log2N, r, p } of costlier) {
      const crafted = Buffer.from(original);
      crafted.set([log2N, r, p], 10);
      const path = join(folder, `scrypt ${log2N} ${r} ${p}.backup`);
      await writeFile(path, crafted);
      expect(await reasonOpening(path, passphrase), `${log2N}, ${r}, ${p}`).toBe('beyondLimits');
      expect(await reasonOpening(path, undefined), `${log2N}, ${r}, ${p}`).toBe('beyondLimits');
    }
  });
});
