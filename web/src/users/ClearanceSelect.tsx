import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clearance } from '../api/types';
import { CLEARANCES } from './grants';
import { clearanceLabel } from './labels';

export function ClearanceSelect({ offered, value, onChange, error }: {
  offered: readonly Clearance[];
  value: Clearance;
  onChange: (clearance: Clearance) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  // The current value stays listed even when above what the administrator may grant.
  const shown = CLEARANCES.filter((c) => offered.includes(c) || c === value);
  return (
    <div className="field">
      <label htmlFor={id}>{t('users.clearance')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = CLEARANCES.find((c) => c === event.target.value);
          if (next) onChange(next);
        }}
        aria-invalid={error ? true : undefined}
      >
        {shown.map((c) => (
          <option key={c} value={c} disabled={!offered.includes(c)}>{clearanceLabel(c, t)}</option>
        ))}
      </select>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
