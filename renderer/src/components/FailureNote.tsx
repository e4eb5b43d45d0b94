import type { ReactNode } from 'react';

/**
 * Why something just failed, read out at once by screen readers (role="alert"), in the
 * one look every screen uses. Renders nothing while there is no message.
 */
export function FailureNote({ message, children }: { message?: ReactNode; children?: ReactNode }) {
  const text = children ?? message;
  if (text === undefined || text === null || text === false || text === '') return null;
  return (
    <p className="status status-error" role="alert">
      {text}
    </p>
  );
}
