// Types come from the shared zod contracts, so a contract change breaks the web build too.
import type { z } from 'zod';
import type { loginResponse, sessionResponse, userView } from '../../../contracts/auth';
import type { bodyView, domainView, memberDetail, memberList, memberSummary, partnerView, delegateView } from '../../../contracts/members';
import type { auditEntry, auditPage } from '../../../contracts/audit';

export type LoginResponse = z.infer<typeof loginResponse>;
export type LoginStatus = LoginResponse['status'];
export type SessionResponse = z.infer<typeof sessionResponse>;
export type User = z.infer<typeof userView>;
export type MemberList = z.infer<typeof memberList>;
export type MemberSummary = z.infer<typeof memberSummary>;
export type MemberDetail = z.infer<typeof memberDetail>;
export type Delegate = z.infer<typeof delegateView>;
export type Domain = z.infer<typeof domainView>;
export type Body = z.infer<typeof bodyView>;
export type Partner = z.infer<typeof partnerView>;
export type AuditEntry = z.infer<typeof auditEntry>;
export type AuditPage = z.infer<typeof auditPage>;
export interface Items<T> {
  items: T[];
}
import type { clearanceSchema, roleSchema } from '../../../contracts/auth';
import type { roleSetting, tokenCreated, tokenView, userCreated } from '../../../contracts/accounts';

export type Role = z.infer<typeof roleSchema>;
export type Clearance = z.infer<typeof clearanceSchema>;
export type UserCreated = z.infer<typeof userCreated>;
export type TokenInfo = z.infer<typeof tokenView>;
export type TokenCreated = z.infer<typeof tokenCreated>;
export type RoleSetting = z.infer<typeof roleSetting>;
