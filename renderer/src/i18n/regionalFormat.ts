import { useMemo } from 'react';
import { create } from 'zustand';
import { regionalFormatOf, type RegionalChoice, type RegionalFormat } from '../../../shared/i18n/regional';
import { currentLanguage } from '.';
import { useLanguage } from './useLanguage';

type RegionalState = { country: string | undefined; choice: RegionalChoice };

/** The company's country and the saved choice; set at start-up and whenever either changes. */
export const useRegionalStore = create<RegionalState>(() => ({ country: undefined, choice: 'auto' }));

export function setRegionalSettings(settings: Partial<RegionalState>): void {
  useRegionalStore.setState(settings);
}

/** The regional format for dates and amounts on screen; re-renders when it or the language changes. */
export function useRegionalFormat(): RegionalFormat {
  const language = useLanguage();
  const country = useRegionalStore((state) => state.country);
  const choice = useRegionalStore((state) => state.choice);
  return useMemo(() => regionalFormatOf(language, country, choice), [language, country, choice]);
}

/** The same outside components (printing, exports), for the interface language or a report's own. */
export function currentRegionalFormat(language = currentLanguage()): RegionalFormat {
  const { country, choice } = useRegionalStore.getState();
  return regionalFormatOf(language, country, choice);
}
