import { useTranslation } from 'react-i18next';

/** Shown instead of the app when its data cannot be opened. */
export function StartFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <main className="setup" id="main">
      <div className="setup-card" role="alert">
        <h1 className="page-heading">{t('app.startFailedTitle')}</h1>
        <p>{t('app.startFailed', { message })}</p>
      </div>
    </main>
  );
}
