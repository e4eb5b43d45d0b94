import { useEffect } from 'react';
import { backUpNow } from '../features/backup/runBackup';
import { onAppEvent } from '../ipc/client';
import { printCurrentReport } from '../print/printStore';
import { useNavigationStore } from './navigationStore';

/** The application menu's commands: Print, Settings, Back up now. */
export function useMenuCommands(): void {
  useEffect(
    () =>
      onAppEvent('menu:command', ({ command }) => {
        const { go } = useNavigationStore.getState();
        switch (command) {
          case 'print':
            void printCurrentReport('printer');
            break;
          case 'open-settings':
            go('settings');
            break;
          case 'backup-now':
            // Start it, and show it where its progress and outcome are.
            void backUpNow();
            go('backup');
            break;
        }
      }),
    [],
  );
}
