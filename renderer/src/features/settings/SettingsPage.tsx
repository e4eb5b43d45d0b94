import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../app/PageHeading';
import type { CompanyRecord } from '../../db/records';
import { AboutApp } from './AboutApp';
import { CompanyDetailsPrint } from './CompanyDetailsPrint';
import { CompanySettings } from './CompanySettings';
import { LanguageSetting } from './LanguageSetting';
import { RegionalFormats } from './RegionalFormats';
import { StorageStatus } from './StorageStatus';

export function SettingsPage({ company }: { company: CompanyRecord }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <div className="columns">
        <LanguageSetting companyName={company.name} />
        <RegionalFormats baseCurrency={company.baseCurrency} country={company.country} />
      </div>
      <CompanySettings company={company} />
      <CompanyDetailsPrint company={company} />
      <div className="columns">
        <StorageStatus />
        <AboutApp />
      </div>
    </>
  );
}
