import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Items, MemberList, User, UserCreated } from '../api/types';
import { useApi } from '../api/useApi';
import { AsyncSection } from '../components/AsyncSection';
import { PageGuard } from '../components/PageGuard';
import { ShownOnce } from '../forms/ShownOnce';
import { currentLanguage } from '../i18n/setup';
import { paths } from '../router/routes';
import { canAdministerUsers, isSecretariatAdmin } from '../users/grants';
import { RoleSettingsSection } from '../users/RoleSettingsSection';
import { stateOptions } from '../users/stateOptions';
import { UserCreateForm } from '../users/UserCreateForm';
import { UserEditForm } from '../users/UserEditForm';
import { UsersTable } from '../users/UsersTable';

export function UsersPage() {
  const { t } = useTranslation();
  return (
    <PageGuard title={t('users.title')} here={paths.users()} allow={canAdministerUsers} forbidden={t('users.forbidden')}>
      {(admin) => <UsersAdmin admin={admin} />}
    </PageGuard>
  );
}

function UsersAdmin({ admin }: { admin: User }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const users = useApi<Items<User>>('/api/users');
  const members = useApi<MemberList>('/api/members');
  const [created, setCreated] = useState<UserCreated | null>(null);
  const [editing, setEditing] = useState<User | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const memberList = members.status === 'ready' ? members.data.items : null;
  const states = useMemo(() => stateOptions(memberList ?? [], language, t('users.secretariat')), [memberList, language, t]);

  return (
    <div className="page">
      <h1>{t('users.title')}</h1>
      <p className="lead">{isSecretariatAdmin(admin) ? t('users.introSecretariat') : t('users.introState')}</p>
      <section className="card">
        {created ? (
          <ShownOnce
            title={t('users.createdTitle', { email: created.user.email })}
            value={created.oneTimePassword}
            warning={t('users.oneTimePasswordWarning')}
            onDone={() => setCreated(null)}
          />
        ) : (
          <UserCreateForm admin={admin} states={states} onCreated={(value) => { setCreated(value); users.reload(); }} />
        )}
      </section>
      <section className="card" aria-labelledby="users-list-title">
        <h2 id="users-list-title">{t('users.list')}</h2>
        <p className="status-line" role="status">{saved}</p>
        <AsyncSection data={users} onRetry={users.reload}>
          {(list) => (
            <UsersTable users={list.items} states={states} onEdit={(user) => { setSaved(null); setEditing(user); }} />
          )}
        </AsyncSection>
        {editing && (
          <UserEditForm
            key={editing.id}
            admin={admin}
            user={editing}
            onCancel={() => setEditing(null)}
            onSaved={(user) => {
              setEditing(null);
              setSaved(t('users.saved', { email: user.email }));
              users.reload();
            }}
          />
        )}
      </section>
      {isSecretariatAdmin(admin) && <RoleSettingsSection />}
    </div>
  );
}
