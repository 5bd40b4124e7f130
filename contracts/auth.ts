import { z } from 'zod';

export const languageSchema = z.enum(['ar', 'en', 'fr']);
/** One of the coalition's three official languages. */
export type OfficialLanguage = z.infer<typeof languageSchema>;
export const roleSchema = z.enum(['secretariat-admin', 'state-admin', 'officer', 'analyst', 'editor', 'viewer']);
export const clearanceSchema = z.enum(['UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET']);
/** A member state's ISO 3166-1 alpha-2 code, or the secretariat. */
export const stateCodeSchema = z.string().regex(/^([A-Z]{2}|SECRETARIAT)$/);

export const loginRequest = z.object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1000) });
export const loginStatus = z.enum(['ok', 'totp-required', 'totp-enrolment-required', 'password-change-required']);
export const loginResponse = z.object({
  status: loginStatus,
  csrfToken: z.string(),
  totpSetup: z.object({ secret: z.string(), uri: z.string() }).optional(),
});
export const totpRequest = z.object({ code: z.string().regex(/^\d{6}$/) });
export const passwordChangeRequest = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().min(12).max(1000),
});

export const userView = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  state: z.string(),
  roles: z.array(roleSchema),
  clearance: clearanceSchema,
  language: languageSchema,
  totpEnabled: z.boolean(),
  locked: z.boolean(),
  disabled: z.boolean(),
});
export type UserView = z.infer<typeof userView>;

export const sessionResponse = z.object({ user: userView, csrfToken: z.string() });
export const meUpdate = z.object({ language: languageSchema.optional(), displayName: z.string().min(1).max(200).optional() });

export const errorResponse = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
