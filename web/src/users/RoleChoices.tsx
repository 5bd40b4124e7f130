import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types';
import { ROLES } from './grants';
import { roleLabel } from './labels';

/** Checkboxes for roles; those the administrator may not grant are shown but cannot change. */
export function RoleChoices({ offered, value, onChange, error }: {
  offered: readonly Role[];
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  // Keep the canonical order; show roles the user already holds even when not grantable.
  const shown = ROLES.filter((role) => offered.includes(role) || value.includes(role));
  const toggle = (role: Role, on: boolean) => onChange(ROLES.filter((r) => (r === role ? on : value.includes(r))));
  return (
    <fieldset className="choices">
      <legend>{t('users.roles')}</legend>
      {shown.map((role) => (
        <label key={role} className="check">
          <input
            type="checkbox"
            checked={value.includes(role)}
            disabled={!offered.includes(role)}
            onChange={(event) => toggle(role, event.target.checked)}
          />
          {roleLabel(role, t)}
        </label>
      ))}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
