import type { TFunction } from 'i18next';

/** A readable label for the audit actions people look for; others show their code only. */
export function auditActionLabel(action: string, t: TFunction): string | null {
  switch (action) {
    case 'auth.login': return t('audit.actionLogin');
    case 'auth.login-failed': return t('audit.actionLoginFailed');
    case 'auth.logout': return t('audit.actionLogout');
    case 'auth.password-changed': return t('audit.actionPasswordChanged');
    case 'auth.totp-enrolled': return t('audit.actionTotpEnrolled');
    case 'auth.totp-verified': return t('audit.actionTotpVerified');
    case 'auth.totp-failed': return t('audit.actionTotpFailed');
    case 'auth.account-locked': return t('audit.actionLocked');
    case 'user.settings-changed': return t('audit.actionSettings');
    default: return null;
  }
}
