import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './testing/databases.js';
import { addUser, as, signIn, startTestApp, type Session, type TestApp } from './testing/app.js';
import { can, withheldFields } from './platform/access/policy.js';
import { ROLES, SECRETARIAT, type Principal, type Role } from './platform/access/principal.js';
import { principalOf, type UserRow } from './platform/accounts/users-store.js';
import { createApiToken } from './platform/auth/tokens.js';
import { insertListVersion } from './domains/finance/list-store.js';
import { sampleDesignations } from './domains/finance/test-designations.js';

// The smallest UN list the importer accepts: one individual.
const WALK_UN_XML = `<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><VERSIONNUM>1</VERSIONNUM>
<FIRST_NAME>WALK</FIRST_NAME><SECOND_NAME>PERSON</SECOND_NAME><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER>
<LISTED_ON>2020-01-01</LISTED_ON></INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>`;

// Walks every API route with principals of every role in two states (and the secretariat,
// and anonymous). Reads must never show a marker of a row or field the policy hides from that
// principal; writes must succeed exactly when the policy allows them. Each new route must be
// described below, or this test fails: the walk grows with every domain.

const STATES = ['SA', 'EG'];

interface Actor {
  label: string;
  principal: Principal | null;
  headers: Record<string, string>;
}

interface Fixture {
  delegates: Record<string, { id: string; state_code: string; email: string; full_name: string }>;
  users: UserRow[];
  tokens: Array<{ id: string; user_id: string; name: string }>;
  versionId: number;
  alerts: Array<{ id: string; owner_state: string; subject_name: string }>;
  documents: Array<{ id: string; originator: string; title: string; classification: string; rel_to: string[]; compartments: string[] }>;
}

type Expectation = (actor: Principal | null, f: Fixture, params: Record<string, string>) => boolean;

interface WriteCase {
  /** Values for the path parameters, one attempt each. */
  params: (f: Fixture) => Array<Record<string, string>>;
  body?: (params: Record<string, string>, attempt: number) => unknown;
  allowed: Expectation;
}

const signedIn: Expectation = (p) => p !== null;

const readRoutes: Record<string, (f: Fixture) => Array<Record<string, string>>> = {
  'GET /api/members': () => [{}],
  'GET /api/members/:code': () => STATES.map((code) => ({ code })),
  'GET /api/members/:code/delegates': () => STATES.map((code) => ({ code })),
  'GET /api/delegates/:id': (f) => Object.values(f.delegates).map((d) => ({ id: d.id })),
  'GET /api/users': () => [{}],
  'GET /api/users/:id': (f) => f.users.map((u) => ({ id: u.id })),
  'GET /api/tokens': () => [{}],
  'GET /api/audit': () => [{}],
  'GET /api/admin/role-settings': () => [{}],
  'GET /api/domains': () => [{}],
  'GET /api/bodies': () => [{}],
  'GET /api/partners': () => [{}],
  'GET /api/coalition': () => [{}],
  'GET /api/auth/session': () => [{}],
  'GET /api/openapi.json': () => [{}],
  'GET /api/screening/lists': () => [{}],
  'GET /api/screening/lists/:id/diff': (f) => [{ id: String(f.versionId) }],
  'GET /api/screening/alerts': () => [{}],
  'GET /api/screening/alerts/:id': (f) => f.alerts.map((a) => ({ id: a.id })),
  'GET /api/ctf/documents': () => [{}],
  'GET /api/ctf/documents/:id': (f) => f.documents.map((d) => ({ id: d.id })),
};

const delegateIds = (f: Fixture) => STATES.map((s) => ({ id: f.delegates[s].id }));
const delegateOf = (f: Fixture, id: string) => Object.values(f.delegates).find((d) => d.id === id)!;

const writeRoutes: Record<string, WriteCase> = {
  'PATCH /api/members/:code': {
    params: () => STATES.map((code) => ({ code })),
    body: () => ({ joinedOn: '2016-01-01' }),
    allowed: (p) => can(p, 'member', 'update', {}),
  },
  'POST /api/members/:code/delegates': {
    params: () => STATES.map((code) => ({ code })),
    body: (params, n) => ({ fullName: `Walk ${params.code} ${n}`, position: 'Walker' }),
    allowed: (p, _f, params) => can(p, 'delegate', 'create', { state_code: params.code }),
  },
  'PATCH /api/delegates/:id': {
    params: delegateIds,
    body: () => ({ position: 'Edited by walk' }),
    allowed: (p, f, params) => can(p, 'delegate', 'update', delegateOf(f, params.id)),
  },
  'DELETE /api/delegates/:id': {
    params: delegateIds,
    allowed: (p, f, params) => can(p, 'delegate', 'delete', delegateOf(f, params.id)),
  },
  'POST /api/users': {
    params: () => [...STATES, SECRETARIAT].map((state) => ({ state })),
    body: (params, n) => ({ email: `walk${n}-${params.state.toLowerCase()}@walk.test`, displayName: 'Walk', state: params.state, roles: ['viewer'], clearance: 'RESTRICTED' }),
    allowed: (p, _f, params) => can(p, 'user', 'create', { state_code: params.state, roles: ['viewer'], clearance: 'RESTRICTED' }),
  },
  'PATCH /api/users/:id': {
    params: (f) => f.users.filter((u) => u.roles.includes('viewer')).map((u) => ({ id: u.id })),
    body: () => ({ displayName: 'Renamed by walk' }),
    allowed: (p, f, params) => can(p, 'user', 'update', f.users.find((u) => u.id === params.id)!),
  },
  'POST /api/tokens': { params: () => [{}], body: (_p, n) => ({ name: `walk-${n}` }), allowed: signedIn },
  'DELETE /api/tokens/:id': {
    params: (f) => f.tokens.map((t) => ({ id: t.id })),
    allowed: (p, f, params) => can(p, 'apiToken', 'revoke', f.tokens.find((t) => t.id === params.id)!),
  },
  'PUT /api/admin/role-settings/:role': {
    params: () => [{ role: 'editor' }],
    body: () => ({ requireTotp: false }),
    allowed: (p) => can(p, 'roleSetting', 'update', {}),
  },
  'POST /api/partners': {
    params: () => [{}],
    body: (_p, n) => ({ code: `walk-${n}`, kind: 'organisation', name: { ar: 'شريك', en: 'Partner', fr: 'Partenaire' }, relation: { ar: 'دعم', en: 'Support', fr: 'Soutien' } }),
    allowed: (p) => can(p, 'partner', 'create', {}),
  },
  'POST /api/screening/match': {
    params: () => [{}],
    body: () => ({ subjects: [{ name: 'Khalid Yusuf Husayn' }] }),
    allowed: (p) => can(p, 'screening', 'screen', {}),
  },
  'POST /api/screening/lists': {
    params: () => [{}],
    body: () => ({ source: 'un', content: WALK_UN_XML }),
    allowed: (p) => can(p, 'sanctionList', 'import', {}),
  },
  'POST /api/screening/alerts/:id/reviews': {
    params: (f) => f.alerts.map((a) => ({ id: a.id })),
    body: () => ({ decision: 'not-a-match', note: 'walk' }),
    allowed: (p, f, params) => can(p, 'screeningAlert', 'review', f.alerts.find((a) => a.id === params.id)!),
  },
  'POST /api/ctf/documents': {
    params: () => [{}],
    body: (_p, n) => ({ title: `walk doc ${n}`, language: 'en', kind: 'typology', classification: 'RESTRICTED', relTo: ['ALL'] }),
    allowed: (p) => p !== null && can(p, 'ctfDocument', 'create', { originator: p.state, classification: 'RESTRICTED' }),
  },
  'DELETE /api/ctf/documents/:id': {
    params: (f) => f.documents.map((d) => ({ id: d.id })),
    allowed: (p, f, params) => can(p, 'ctfDocument', 'delete', f.documents.find((d) => d.id === params.id)!),
  },
  'PATCH /api/me': { params: () => [{}], body: () => ({ displayName: 'Me' }), allowed: signedIn },
  // Sign-in routes answer anyone; their own tests cover their rules.
  'POST /api/auth/login': { params: () => [{}], body: () => ({ email: 'nobody@walk.test', password: 'x' }), allowed: () => false },
  'POST /api/auth/totp': { params: () => [{}], body: () => ({ code: '000000' }), allowed: () => false },
  'POST /api/auth/totp/enrol': { params: () => [{}], body: () => ({ code: '000000' }), allowed: () => false },
  'POST /api/auth/password': { params: () => [{}], body: () => ({ currentPassword: 'wrong', newPassword: 'long enough passphrase' }), allowed: () => false },
  'POST /api/auth/logout': { params: () => [{}], allowed: () => true },
};

const fill = (url: string, params: Record<string, string>) => url.replace(/:(\w+)/g, (_, name: string) => params[name]);

for (const engine of testDatabases()) {
  describe(`every route answers only what the policy allows (${engine.name})`, () => {
    let t: TestApp;
    const actors: Actor[] = [];
    let fixture: Fixture;
    let versionId = 0;

    async function makeFixture(): Promise<Fixture> {
      const delegates: Fixture['delegates'] = {};
      for (const state of STATES) {
        const [row] = await t.db.query<Fixture['delegates'][string]>(
          `INSERT INTO delegates (state_code, full_name, position, email, phone)
           VALUES ($1, $2, 'Delegate', $3, '+000 1111') RETURNING id, state_code, email, full_name`,
          [state, `walk-name-${state}-${Math.random().toString(36).slice(2)}`, `walk-contact-${state.toLowerCase()}-${Math.random().toString(36).slice(2)}@hidden.test`],
        );
        delegates[state] = row;
      }
      const users = await t.db.query<UserRow>(`SELECT * FROM users WHERE email LIKE '%@principal.test'`);
      const tokens = [];
      for (const user of users.slice(0, 4)) {
        const { row } = await createApiToken(t.db, user.id, `walk-token-${Math.random().toString(36).slice(2)}`, null);
        tokens.push(row);
      }
      const alerts = [];
      const documents = [];
      const tag = () => Math.random().toString(36).slice(2);
      for (const state of [...STATES, SECRETARIAT]) {
        const subject = `walk-subject-${state}-${tag()}`;
        const [row] = await t.db.query<{ id: string }>(
          `WITH s AS (INSERT INTO screening_subjects (owner_state, name, fingerprint) VALUES ($1, $2, $3) RETURNING id)
           INSERT INTO screening_alerts (subject_id, owner_state, source, designation_id, list_version_id, designation_fingerprint, score, matched_name, explanation)
           SELECT s.id, $1, 'un', 'QDi.901', $4, 'fp', 0.9, 'KHALID YOUSEF HUSSEIN', '{"parts":[],"reasons":[],"text":""}' FROM s RETURNING id`,
          [state, subject, tag(), versionId],
        );
        alerts.push({ id: row.id, owner_state: state, subject_name: subject });
      }
      const markings: Array<[string, string, string[], string[]]> = [
        ['SA', 'RESTRICTED', ['EG'], []],
        ['EG', 'UNCLASSIFIED', ['ALL'], []],
        ['SA', 'SECRET', ['SA'], []],
        ['EG', 'CONFIDENTIAL', ['SA', 'EG'], ['op-x']],
        [SECRETARIAT, 'RESTRICTED', ['SECRETARIAT'], []],
      ];
      for (const [originator, classification, relTo, compartments] of markings) {
        const title = `walk-doc-${originator}-${classification}-${tag()}`;
        const [row] = await t.db.query<{ id: string }>(
          `INSERT INTO ctf_documents (originator, title, language, kind, body, classification, rel_to, compartments)
           VALUES ($1, $2, 'en', 'typology', $2, $3, $4, $5) RETURNING id`,
          [originator, title, classification, relTo, compartments],
        );
        documents.push({ id: row.id, originator, title, classification, rel_to: relTo, compartments });
      }
      return { delegates, users, tokens, versionId, alerts, documents };
    }

    beforeAll(async () => {
      t = await startTestApp(await engine.open(), { LOGIN_RATE_PER_MINUTE: '10000' });
      actors.push({ label: 'anonymous', principal: null, headers: {} });
      const people: Array<[string, Role]> = [[SECRETARIAT, 'secretariat-admin'], [SECRETARIAT, 'analyst']];
      for (const state of STATES) for (const role of ROLES.filter((r) => r !== 'secretariat-admin')) people.push([state, role]);
      for (const [state, role] of people) {
        const email = `${role}-${state.toLowerCase()}@principal.test`;
        const user = await addUser(t.db, email, state, [role], role === 'viewer' ? 'RESTRICTED' : 'SECRET');
        const session: Session = await signIn(t.app, email);
        actors.push({ label: `${role}@${state}`, principal: principalOf(user, 'session'), headers: as(session) });
      }
      // A machine client acts as the user behind the token, never more.
      const tokenUser = (await t.db.query<UserRow>(`SELECT * FROM users WHERE email = 'state-admin-eg@principal.test'`))[0];
      const { token } = await createApiToken(t.db, tokenUser.id, 'walker', null);
      actors.push({ label: 'state-admin@EG token', principal: principalOf(tokenUser, 'token'), headers: { authorization: `Bearer ${token}` } });
      const version = await t.db.transaction((tx) => insertListVersion(tx, 'un', { name: 'walk.xml', sha256: 'w' }, sampleDesignations(), 'walk'));
      versionId = Number(version.id);
      fixture = await makeFixture();
    });
    afterAll(async () => {
      await t.app.close();
      await t.db.close();
    });

    it('describes every registered route', () => {
      const described = new Set([...Object.keys(readRoutes), ...Object.keys(writeRoutes)]);
      const registered = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`);
      expect(registered.filter((r) => !described.has(r))).toEqual([]);
      expect([...described].filter((r) => !registered.includes(r))).toEqual([]);
    });

    it('never shows a principal a row or field the policy hides from it', async () => {
      const leaks: string[] = [];
      for (const actor of actors) {
        const hidden: string[] = [];
        for (const d of Object.values(fixture.delegates)) {
          if (!can(actor.principal, 'delegate', 'read', d)) hidden.push(d.full_name, d.email);
          else if (withheldFields(actor.principal, 'delegate', d).includes('email')) hidden.push(d.email);
        }
        for (const u of fixture.users) if (!can(actor.principal, 'user', 'read', u)) hidden.push(u.email, u.id);
        for (const tk of fixture.tokens) if (!can(actor.principal, 'apiToken', 'read', tk)) hidden.push(tk.name);
        for (const a of fixture.alerts) if (!can(actor.principal, 'screeningAlert', 'read', a)) hidden.push(a.subject_name, a.id);
        for (const d of fixture.documents) if (!can(actor.principal, 'ctfDocument', 'read', d)) hidden.push(d.title, d.id);
        for (const [route, paramSets] of Object.entries(readRoutes)) {
          const [method, url] = route.split(' ');
          for (const params of paramSets(fixture)) {
            const response = await t.app.inject({ method: method as 'GET', url: fill(url, params), headers: actor.headers });
            expect(response.statusCode, `${actor.label} ${route}`).toBeLessThan(500);
            for (const marker of hidden) {
              if (response.body.includes(marker)) leaks.push(`${actor.label} saw ${marker} via ${fill(url, params)}`);
            }
          }
        }
      }
      expect(leaks).toEqual([]);
    });

    it('lets a write through exactly when the policy allows it', async () => {
      const mismatches: string[] = [];
      let attempt = 0;
      for (const actor of actors) {
        for (const [route, spec] of Object.entries(writeRoutes)) {
          const [method, url] = route.split(' ');
          // Fresh rows for each actor, so one actor's delete does not hide the next one's answer.
          if (url.includes(':')) fixture = await makeFixture();
          for (const params of spec.params(fixture)) {
            attempt += 1;
            const allowed = spec.allowed(actor.principal, fixture, params);
            const response = await t.app.inject({
              method: method as 'POST',
              url: fill(url, params),
              headers: actor.headers,
              ...(spec.body ? { payload: spec.body(params, attempt) as object } : {}),
            });
            const ok = response.statusCode < 300;
            if (response.statusCode >= 500 || ok !== allowed) {
              mismatches.push(`${actor.label} ${method} ${fill(url, params)} → ${response.statusCode} (policy: ${allowed ? 'allow' : 'deny'})`);
            }
          }
        }
      }
      expect(mismatches).toEqual([]);
    });
  });
}
