import { useEffect } from 'react';
import { printCurrentReport } from '../print/printStore';
import { useNavigationStore } from './navigationStore';
import { sections } from './sections';

/**
 * Alt+1 … Alt+7 open the sections; Ctrl+P (Cmd+P) prints the page's report. Keys are
 * matched by position (event.code), so they work with Russian and Hungarian layouts too.
 */
export function useShellShortcuts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
      if (digit && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
        const section = sections[Number(digit) - 1];
        if (section) {
          event.preventDefault();
          useNavigationStore.getState().go(section);
        }
        return;
      }
      if (event.code === 'KeyP' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
        // Never let the browser engine print the app window itself.
        event.preventDefault();
        if (!event.repeat) void printCurrentReport('printer');
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
