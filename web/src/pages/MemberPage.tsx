import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { MemberDetail } from '../api/types';
import { useApi } from '../api/useApi';
import { AsyncSection } from '../components/AsyncSection';
import { formatDay } from '../format/locale';
import { inLanguage } from '../format/names';
import { currentLanguage } from '../i18n/setup';
import { MemberMap } from '../map/MemberMap';
import { DelegatesSection } from '../members/DelegatesSection';
import { MemberEditForm } from '../members/MemberEditForm';
import { Link } from '../router/router';
import { paths } from '../router/routes';

const memberPath = (code: string) => `/api/members/${encodeURIComponent(code)}`;

export function MemberPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const member = useApi<MemberDetail>(memberPath(code));
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href={paths.members()}>{t('member.back')}</Link>
      </p>
      <AsyncSection data={member} onRetry={member.reload}>
        {(detail) => <MemberDetails key={detail.code} initial={detail} />}
      </AsyncSection>
    </div>
  );
}

/** Keeps its own copy after a change, so the page is refreshed without going blank. */
function MemberDetails({ initial }: { initial: MemberDetail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [detail, setDetail] = useState(initial);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const name = inLanguage(detail.name, language);
  const reload = async () => setDetail(await api.get<MemberDetail>(memberPath(detail.code)));

  return (
    <>
      <h1>{name}</h1>
      <div className="member-layout">
        <section className="card">
          {editing ? (
            <MemberEditForm
              detail={detail}
              onCancel={() => setEditing(false)}
              onSaved={async () => {
                await reload();
                setEditing(false);
                setSaved(true);
              }}
            />
          ) : (
            <>
              <div className="section-head">
                <h2>{t('member.names')}</h2>
                {detail.actions.includes('update') && (
                  <button type="button" className="button secondary" onClick={() => { setSaved(false); setEditing(true); }}>
                    {t('manage.editMember')}
                  </button>
                )}
              </div>
              <p className="status-line" role="status">{saved ? t('manage.memberSaved') : null}</p>
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
            </>
          )}
        </section>
        <section className="card">
          <MemberMap code={detail.code} isoNumeric={detail.isoNumeric} label={name} />
        </section>
      </div>
      <DelegatesSection detail={detail} onChanged={reload} />
    </>
  );
}
