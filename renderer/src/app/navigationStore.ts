import { create } from 'zustand';
import { hashOf, sectionFromHash, type Section } from './sections';

type NavigationState = {
  section: Section;
  /** Opens a section; the address (location.hash) follows so a reload keeps the page. */
  go(section: Section): void;
};

const initialHash = typeof location === 'undefined' ? '' : location.hash;

export const useNavigationStore = create<NavigationState>((set) => ({
  section: sectionFromHash(initialHash),
  go(section) {
    if (typeof location !== 'undefined' && location.hash !== hashOf(section)) {
      location.hash = hashOf(section);
    }
    set({ section });
  },
}));

/** Keeps the store in step with the address (links in the sidebar, back and forward). */
export function followAddress(): () => void {
  const onHashChange = () => {
    const section = sectionFromHash(location.hash);
    if (useNavigationStore.getState().section !== section) useNavigationStore.setState({ section });
  };
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}
