import type { Delegate } from '../api/types';

export interface DelegateValues {
  fullName: string;
  position: string;
  email: string;
  phone: string;
}

export type DelegateInput = {
  fullName?: string;
  position?: string;
  email?: string | null;
  phone?: string | null;
};

export const DELEGATE_FIELDS = ['fullName', 'position', 'email', 'phone'] as const;

/** The form's starting values: a withheld or missing field starts empty. */
export function delegateValues(delegate?: Delegate): DelegateValues {
  return {
    fullName: delegate?.fullName ?? '',
    position: delegate?.position ?? '',
    email: delegate?.email ?? '',
    phone: delegate?.phone ?? '',
  };
}

/**
 * What to send: every field for a new delegate (an empty contact field is null); for an edit,
 * only the fields that changed, so a field the editor could not see is never overwritten.
 */
export function delegatePayload(values: DelegateValues, original?: Delegate): DelegateInput {
  const clean = {
    fullName: values.fullName.trim(),
    position: values.position.trim(),
    email: values.email.trim() || null,
    phone: values.phone.trim() || null,
  };
  if (!original) return clean;
  const before = delegateValues(original);
  const changed: DelegateInput = {};
  if (clean.fullName !== before.fullName) changed.fullName = clean.fullName;
  if (clean.position !== before.position) changed.position = clean.position;
  if ((clean.email ?? '') !== before.email) changed.email = clean.email;
  if ((clean.phone ?? '') !== before.phone) changed.phone = clean.phone;
  return changed;
}
