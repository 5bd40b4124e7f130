import { useTranslation } from 'react-i18next';
import { formatDay } from '../format/locale';
import { currentLanguage } from '../i18n/setup';
import { SourceBadge } from './Badges';
import { formatListedDob } from './format';
import { nameKindLabel } from './labels';
import { Name } from './Name';
import { kindLabel } from './reasons';
import type { Designation } from './types';

const none = <span className="muted">—</span>;

/** Everything the list says about a designated person or entity. */
export function DesignationFacts({ designation }: { designation: Designation }) {
  const { t: tf } = useTranslation('finance');
  const language = currentLanguage();
  return (
    <>
      <p><SourceBadge source={designation.source} id={designation.id} /> <span className="muted">{kindLabel(designation.kind, tf)}</span></p>
      <h3>{tf('designation.names')}</h3>
      <ul className="name-list">
        {designation.names.map((name, index) => (
          <li key={index} data-kind={name.kind}>
            <Name text={name.text} /> <span className="badge name-kind" data-kind={name.kind}>{nameKindLabel(name.kind, tf)}</span>
          </li>
        ))}
      </ul>
      <dl className="facts">
        <dt>{tf('designation.datesOfBirth')}</dt>
        <dd>{designation.datesOfBirth.length ? designation.datesOfBirth.map((dob) => formatListedDob(dob, language, (from, to) => tf('designation.yearRange', { from, to }))).join(' · ') : none}</dd>
        <dt>{tf('designation.placesOfBirth')}</dt>
        <dd>{designation.placesOfBirth.length ? designation.placesOfBirth.map((place, i) => <div key={i}><bdi dir="auto">{place}</bdi></div>) : none}</dd>
        <dt>{tf('designation.nationalities')}</dt>
        <dd>{designation.nationalities.length ? <bdi dir="auto">{designation.nationalities.join(' · ')}</bdi> : none}</dd>
        <dt>{tf('designation.documents')}</dt>
        <dd>
          {designation.documents.length ? (
            <ul className="plain-list">
              {designation.documents.map((doc, i) => (
                <li key={i}>
                  <bdi dir="auto">{doc.type}</bdi> <bdi dir="ltr" className="code">{doc.number}</bdi>
                  {doc.country && <> (<bdi dir="auto">{doc.country}</bdi>)</>}
                </li>
              ))}
            </ul>
          ) : none}
        </dd>
        <dt>{tf('designation.addresses')}</dt>
        <dd>
          {designation.addresses?.length ? (
            <ul className="plain-list">
              {designation.addresses.map((address, i) => (
                <li key={i}>
                  {/* Each part in its own direction: Latin street names inside an Arabic page stay readable. */}
                  <bdi dir="auto">{[address.street, address.city, address.region, address.postalCode, address.country].filter(Boolean).join(', ')}</bdi>
                  {address.note && <> — <bdi dir="auto">{address.note}</bdi></>}
                </li>
              ))}
            </ul>
          ) : none}
        </dd>
        <dt>{tf('designation.programmes')}</dt>
        <dd>{designation.programmes.length ? <bdi dir="auto">{designation.programmes.join(' · ')}</bdi> : none}</dd>
        <dt>{tf('designation.listedOn')}</dt>
        <dd>{designation.listedOn ? formatDay(designation.listedOn, language) : none}</dd>
        <dt>{tf('designation.remarks')}</dt>
        <dd>{designation.remarks ? <p className="remarks" dir="auto">{designation.remarks}</p> : none}</dd>
      </dl>
    </>
  );
}
