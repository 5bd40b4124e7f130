import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../api/types';
import { useApi } from '../api/useApi';
import { AsyncSection } from '../components/AsyncSection';
import { DelegatesTable } from '../components/DelegatesTable';
import { formatDay } from '../format/locale';
import { inLanguage } from '../format/names';
import { currentLanguage } from '../i18n/setup';
import { MemberMap } from '../map/MemberMap';
import { Link } from '../router/router';
import { paths } from '../router/routes';

export function MemberPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const member = useApi<MemberDetail>(`/api/members/${encodeURIComponent(code)}`);
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href={paths.members()}>{t('member.back')}</Link>
      </p>
      <AsyncSection data={member} onRetry={member.reload}>
        {(detail) => <MemberDetails detail={detail} />}
      </AsyncSection>
    </div>
  );
}

function MemberDetails({ detail }: { detail: MemberDetail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const name = inLanguage(detail.name, language);
  return (
    <>
      <h1>{name}</h1>
      <div className="member-layout">
        <section className="card">
          <h2>{t('member.names')}</h2>
          <dl className="facts">
            <dt>{t('member.nameAr')}</dt>
            <dd lang="ar" dir="rtl" data-name="ar">{detail.name.ar}</dd>
            <dt>{t('member.nameEn')}</dt>
            <dd lang="en" dir="ltr" data-name="en">{detail.name.en}</dd>
            <dt>{t('member.nameFr')}</dt>
            <dd lang="fr" dir="ltr" data-name="fr">{detail.name.fr}</dd>
            <dt>{t('member.code')}</dt>
            <dd><bdi className="code">{detail.code}</bdi> · <bdi className="code">{detail.isoNumeric}</bdi></dd>
            <dt>{t('member.joinedOn')}</dt>
            <dd>{detail.joinedOn ? formatDay(detail.joinedOn, language) : t('member.joinedUnknown')}</dd>
          </dl>
        </section>
        <section className="card">
          <MemberMap code={detail.code} isoNumeric={detail.isoNumeric} label={name} />
        </section>
      </div>
      <section className="card">
        <h2>{t('member.delegates')}</h2>
        <DelegatesTable delegates={detail.delegates} />
      </section>
    </>
  );
}
