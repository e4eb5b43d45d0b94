import type { ReactNode } from 'react';

/** The page's one h1; the shell moves focus here when a section opens. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="page-heading" tabIndex={-1} data-page-heading="">
      {children}
    </h1>
  );
}
