import { journalFileLimit, statementFileLimit } from '../../../shared/files/channels';
import type { Dialogs } from '../../services/dialogs';
import { openChosenFile, openChosenTextFile } from '../../services/open-file';
import { saveToChosenFile } from '../../services/save-file';
import { defineHandlers, type HandlerGroup } from '../registry';

const statementExtensions = ['csv', 'txt', 'xml', 'ofx', 'qfx'];
const journalExtensions = ['journal', 'hledger', 'ledger', 'j', 'dat', 'txt'];

/** Statements and journals read from a file the user picks; an exported journal saved where they choose. */
export function fileHandlers(deps: { dialogs: Dialogs }): HandlerGroup {
  return defineHandlers('files', {
    'files:open-statement': async ({ title, filterName }) => {
      const file = await openChosenFile(deps.dialogs, { title, filters: [{ name: filterName, extensions: statementExtensions }], maxBytes: statementFileLimit });
      return file === null ? { picked: false } : { picked: true, ...file };
    },
    'files:open-journal': async ({ title, filterName }) => {
      const file = await openChosenTextFile(deps.dialogs, { title, filters: [{ name: filterName, extensions: journalExtensions }], maxBytes: journalFileLimit });
      return file === null ? { picked: false } : { picked: true, ...file };
    },
    'files:save-journal': ({ title, filterName, text }) =>
      saveToChosenFile(deps.dialogs, { title, extension: 'journal', filterName, contents: () => new TextEncoder().encode(text) }),
  });
}
