import type { TFunction } from 'i18next';
import type { Clearance, Role } from '../api/types';

export function roleLabel(role: Role, t: TFunction): string {
  switch (role) {
    case 'secretariat-admin': return t('roles.secretariatAdmin');
    case 'state-admin': return t('roles.stateAdmin');
    case 'officer': return t('roles.officer');
    case 'analyst': return t('roles.analyst');
    case 'editor': return t('roles.editor');
    case 'viewer': return t('roles.viewer');
  }
}

export function clearanceLabel(clearance: Clearance, t: TFunction): string {
  switch (clearance) {
    case 'UNCLASSIFIED': return t('clearance.unclassified');
    case 'RESTRICTED': return t('clearance.restricted');
    case 'CONFIDENTIAL': return t('clearance.confidential');
    case 'SECRET': return t('clearance.secret');
  }
}
