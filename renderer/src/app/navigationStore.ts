import { create } from 'zustand';
import { hashOf, placeFromHash, type Section } from './sections';

type NavigationState = {
  section: Section;
  /** The page inside the section, e.g. ['entries', '01J…'] in Bookkeeping. */
  path: string[];
  /** Opens a section (and a page in it); the address follows so a reload keeps the page. */
  go(section: Section, path?: string[]): void;
};

const initial = placeFromHash(typeof location === 'undefined' ? '' : location.hash);

export const useNavigationStore = create<NavigationState>((set) => ({
  section: initial.section,
  path: initial.path,
  go(section, path = []) {
    const hash = hashOf(section, path);
    if (typeof location !== 'undefined' && location.hash !== hash) location.hash = hash;
    set({ section, path });
  },
}));

/** Keeps the store in step with the address (links in the sidebar, back and forward). */
export function followAddress(): () => void {
  const onHashChange = () => {
    const place = placeFromHash(location.hash);
    const current = useNavigationStore.getState();
    if (current.section !== place.section || current.path.join('/') !== place.path.join('/')) {
      useNavigationStore.setState(place);
    }
  };
  window.addEventListener('hashchange', onHashChange);
  // The address may have changed while the app was starting (before anyone listened).
  onHashChange();
  return () => window.removeEventListener('hashchange', onHashChange);
}
