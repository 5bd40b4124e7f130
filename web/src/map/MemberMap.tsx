import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading';
import { ErrorMessage } from '../components/ErrorMessage';
import { memberModel } from './geometry';
import { MapSvg } from './MapSvg';
import { useCountries } from './useCountries';

export function MemberMap({ code, isoNumeric, label }: { code: string; isoNumeric: string; label: string }) {
  const { t } = useTranslation();
  const { countries, error } = useCountries();
  const model = useMemo(
    () => (countries ? memberModel(countries, { code, isoNumeric, label }) : null),
    [countries, code, isoNumeric, label],
  );
  return (
    <figure className="member-map" aria-busy={!model && !error}>
      {error ? (
        <ErrorMessage error={error} />
      ) : model ? (
        <MapSvg model={model} title={t('map.memberMapTitle', { name: label })} markerRadius={7} />
      ) : (
        <Loading />
      )}
    </figure>
  );
}
