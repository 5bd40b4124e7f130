import { useTranslation } from 'react-i18next';
import type { Body, Domain, Items, MemberList, Partner } from '../api/types';
import { useApi } from '../api/useApi';
import { AsyncSection } from '../components/AsyncSection';
import { BodyList } from '../components/BodyList';
import { DomainList } from '../components/DomainList';
import { PartnerList } from '../components/PartnerList';
import { formatNumber } from '../format/locale';
import { currentLanguage } from '../i18n/setup';
import { WorldMap } from '../map/WorldMap';
import { Link } from '../router/router';
import { paths } from '../router/routes';

export function HomePage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const members = useApi<MemberList>('/api/members');
  const domains = useApi<Items<Domain>>('/api/domains');
  const bodies = useApi<Items<Body>>('/api/bodies');
  const partners = useApi<Items<Partner>>('/api/partners');

  return (
    <div className="page home-page">
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
      </section>

      <AsyncSection data={members} onRetry={members.reload} className="card map-card" label={t('map.title')}>
        {(list) => (
          <>
            <div className="map-card-head">
              <h2>{t('map.title')}</h2>
              <p className="stat">
                <span className="stat-value" data-testid="member-count">{formatNumber(list.total, language)}</span>
                <span className="stat-label">{t('home.memberStates')}</span>
              </p>
            </div>
            <WorldMap members={list.items} />
            <p>
              <Link href={paths.members()}>{t('home.seeAllMembers')}</Link>
            </p>
          </>
        )}
      </AsyncSection>

      <div className="grid-2">
        <AsyncSection data={domains} onRetry={domains.reload} className="card" label={t('home.domains')}>
          {(data) => <DomainList domains={data.items} />}
        </AsyncSection>
        <AsyncSection data={bodies} onRetry={bodies.reload} className="card" label={t('home.bodies')}>
          {(data) => <BodyList bodies={data.items} />}
        </AsyncSection>
      </div>

      <AsyncSection data={partners} onRetry={partners.reload} className="card" label={t('home.partners')}>
        {(data) => <PartnerList partners={data.items} />}
      </AsyncSection>
    </div>
  );
}
