import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import type { Items, Role, RoleSetting } from '../api/types';
import { useApi } from '../api/useApi';
import { AsyncSection } from '../components/AsyncSection';
import { FormProblem } from '../forms/FormProblem';
import { useSubmit } from '../signin/useSubmit';
import { roleLabel } from './labels';

/** Two-step verification required per role (secretariat administrators only). */
export function RoleSettingsSection() {
  const { t } = useTranslation();
  const settings = useApi<Items<RoleSetting>>('/api/admin/role-settings');
  return (
    <section className="card" aria-labelledby="role-settings-title">
      <h2 id="role-settings-title">{t('roleSettings.title')}</h2>
      <p className="lead">{t('roleSettings.intro')}</p>
      <AsyncSection data={settings} onRetry={settings.reload}>
        {(list) => <RoleSettingsForm initial={list.items} />}
      </AsyncSection>
    </section>
  );
}

function RoleSettingsForm({ initial }: { initial: RoleSetting[] }) {
  const { t } = useTranslation();
  const [items, setItems] = useState(initial);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();

  const setRequired = (role: Role, requireTotp: boolean) =>
    setItems((previous) => previous.map((item) => (item.role === role ? { ...item, requireTotp } : item)));

  // The box follows the click at once; it goes back if the server refuses.
  const toggle = (role: Role, requireTotp: boolean) => {
    setSaved(null);
    setRequired(role, requireTotp);
    void run(async () => {
      try {
        const result = await request<RoleSetting>('PUT', `/api/admin/role-settings/${encodeURIComponent(role)}`, { requireTotp });
        setRequired(role, result.requireTotp);
        const label = roleLabel(role, t);
        setSaved(result.requireTotp ? t('roleSettings.turnedOn', { role: label }) : t('roleSettings.turnedOff', { role: label }));
      } catch (error) {
        setRequired(role, !requireTotp);
        throw error;
      }
    });
  };

  return (
    <fieldset className="choices" aria-busy={busy}>
      <legend>{t('roleSettings.legend')}</legend>
      {items.map((item) => (
        <label key={item.role} className="check" data-role={item.role}>
          <input type="checkbox" checked={item.requireTotp} disabled={busy} onChange={(event) => toggle(item.role, event.target.checked)} />
          {roleLabel(item.role, t)}
        </label>
      ))}
      <p className="status-line" role="status">{saved}</p>
      <FormProblem error={error} />
    </fieldset>
  );
}
