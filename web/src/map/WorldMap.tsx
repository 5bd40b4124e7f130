import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSummary } from '../api/types';
import { Loading } from '../components/Loading';
import { ErrorMessage } from '../components/ErrorMessage';
import { inLanguage } from '../format/names';
import { currentLanguage } from '../i18n/setup';
import { Link } from '../router/router';
import { paths } from '../router/routes';
import { worldModel } from './geometry';
import { MapSvg } from './MapSvg';
import { useCountries } from './useCountries';

export function WorldMap({ members }: { members: MemberSummary[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { countries, error } = useCountries();
  const [hovered, setHovered] = useState<string | null>(null);

  const model = useMemo(() => {
    if (!countries) return null;
    const list = members.map((m) => ({ code: m.code, isoNumeric: m.isoNumeric, label: inLanguage(m.name, language) }));
    return worldModel(countries, list);
  }, [countries, members, language]);

  const current = members.find((member) => member.code === hovered);

  return (
    <figure className="world-map" aria-busy={!model && !error}>
      {error ? <ErrorMessage error={error} /> : model ? <MapSvg model={model} title={t('map.title')} onHover={setHovered} /> : <Loading />}
      <figcaption>
        <p className="map-hover" aria-live="polite">
          {current ? <Link href={paths.member(current.code)}>{inLanguage(current.name, language)}</Link> : t('map.help')}
        </p>
        <ul className="map-legend">
          <li><span className="swatch member" aria-hidden="true" />{t('map.legendMember')}</li>
          <li><span className="swatch small" aria-hidden="true" />{t('map.legendSmall')}</li>
        </ul>
      </figcaption>
    </figure>
  );
}
