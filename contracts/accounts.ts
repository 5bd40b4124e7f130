import { z } from 'zod';
import { clearanceSchema, languageSchema, roleSchema, stateCodeSchema, userView } from './auth.js';

export const userCreate = z.object({
  email: z.email().max(320),
  displayName: z.string().min(1).max(200),
  state: stateCodeSchema,
  roles: z.array(roleSchema).min(1),
  clearance: clearanceSchema,
  language: languageSchema.optional(),
});
export const userCreated = z.object({ user: userView, oneTimePassword: z.string() });
export const userUpdate = z.object({
  displayName: z.string().min(1).max(200).optional(),
  roles: z.array(roleSchema).min(1).optional(),
  clearance: clearanceSchema.optional(),
  disabled: z.boolean().optional(),
  unlock: z.boolean().optional(),
});
export const userList = z.object({ items: z.array(userView) });

export const tokenCreate = z.object({
  name: z.string().min(1).max(100),
  expiresDays: z.number().int().min(1).max(3650).nullable().optional(),
});
export const tokenView = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export const tokenCreated = z.object({ token: z.string(), info: tokenView });
export const tokenList = z.object({ items: z.array(tokenView) });

export const roleSetting = z.object({ role: roleSchema, requireTotp: z.boolean() });
export const roleSettingList = z.object({ items: z.array(roleSetting) });
export const roleSettingUpdate = z.object({ requireTotp: z.boolean() });
