import { z } from 'zod';

export const trilingual = z.object({ ar: z.string().min(1).max(300), en: z.string().min(1).max(300), fr: z.string().min(1).max(300) });
export const memberCode = z.object({ code: z.string().regex(/^[A-Z]{2}$/) });

export const memberSummary = z.object({
  code: z.string(),
  isoNumeric: z.string(),
  name: trilingual,
  delegateCount: z.number(),
});
export const memberList = z.object({ items: z.array(memberSummary), total: z.number() });

export const delegateView = z.object({
  id: z.string(),
  state: z.string(),
  fullName: z.string(),
  position: z.string(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  /** Fields the caller may not see; they are absent above, never blank. */
  withheld: z.array(z.string()),
  /** What the caller may do to this delegate (from the access policy), so the app shows only those buttons. */
  actions: z.array(z.enum(['update', 'delete'])),
});
export const delegateList = z.object({ items: z.array(delegateView) });
export const delegateInput = z.object({
  fullName: z.string().min(1).max(200),
  position: z.string().min(1).max(200),
  email: z.email().max(320).nullable().optional(),
  phone: z.string().regex(/^\+?[0-9 ()-]{5,30}$/).nullable().optional(),
});
export const delegateUpdate = delegateInput.partial();

export const memberDetail = memberSummary.omit({ delegateCount: true }).extend({
  joinedOn: z.string().nullable(),
  delegates: z.array(delegateView),
  /** What the caller may do on this member page (from the access policy). */
  actions: z.array(z.enum(['update', 'addDelegate'])),
});
export const memberUpdate = z.object({
  name: trilingual.optional(),
  joinedOn: z.iso.date().nullable().optional(),
});

export const domainView = z.object({ code: z.string(), name: trilingual, description: trilingual });
export const bodyView = z.object({ code: z.string(), name: trilingual, event: trilingual, eventOn: z.string(), place: z.string() });
export const partnerView = z.object({ code: z.string(), kind: z.enum(['organisation', 'state']), name: trilingual, relation: trilingual });
export const partnerInput = z.object({
  code: z.string().regex(/^[a-z0-9-]{2,40}$/),
  kind: z.enum(['organisation', 'state']),
  name: trilingual,
  relation: trilingual,
});
export const coalitionView = z.object({ facts: z.record(z.string(), z.string()), memberCount: z.number() });
