// Run as a child process by killed-writer.test.ts: writes backups into a folder, one after
// another, until it is killed. Each backup is a few dozen parts, so a kill lands anywhere:
// in a part, in the manifest, in the verification, in the rename.
import { partRecordLimit } from '../../../shared/backup/format';
import { BackupWriter } from './backup-writer';

const folder = process.argv[2]!;
const firstSecond = Number(process.argv[3] ?? 0);
const record = (i: number) => ({ id: `01ENTRY${String(i).padStart(19, '0')}`, date: '2026-03-01', lines: [{ accountId: 'bank', debit: i, credit: 0 }] });

for (let round = 0; ; round += 1) {
  const writer = await BackupWriter.start({
    folder,
    purpose: 'regular',
    schemaVersion: 1,
    appVersion: 'killed-writer',
    companyName: 'Acme',
    bookId: 'BOOK-ACME',
    createdAt: new Date(2026, 2, 1, 12, 0, firstSecond + round),
  });
  // Tells the test the temp file exists, so its kill lands mid-write however slowly this process started.
  process.stdout.write(`writing\n`);
  const parts = 8;
  const perPart = partRecordLimit / 5;
  for (let part = 0; part < parts; part += 1) {
    const records = Array.from({ length: perPart }, (_, i) => record(part * perPart + i));
    await writer.addPart('entries', JSON.stringify(records), records.length);
  }
  const written = await writer.finish([{ name: 'entries', schema: 'id, date', records: parts * perPart }]);
  process.stdout.write(`${written.fileName}\n`);
}
