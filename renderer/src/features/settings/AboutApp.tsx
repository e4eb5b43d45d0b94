import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/ipc/contract';
import { describeIpcError, invoke } from '../../ipc/client';

type AppInfo = ResponseOf<'app:info'>;

/** Version and data folder, from main. */
export function AboutApp() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    invoke('app:info', {}).then(
      (answer) => current && setInfo(answer),
      (failure: unknown) => current && setError(failure ?? new Error('app:info failed')),
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <section className="panel" aria-labelledby="about-app">
      <h2 id="about-app">{t('settings.about.heading')}</h2>
      {info ? (
        <dl className="facts">
          <dt>{t('settings.about.version')}</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>{t('settings.about.dataFolder')}</dt>
          <dd className="path">{info.dataFolder}</dd>
        </dl>
      ) : error ? (
        <p className="status status-error" role="status">
          {t('settings.about.unavailable', { reason: describeIpcError(error, t) })}
        </p>
      ) : (
        <p className="muted">{t('app.loading')}</p>
      )}
    </section>
  );
}
