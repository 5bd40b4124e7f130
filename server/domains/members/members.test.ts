import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../testing/databases.js';
import { addUser, as, signIn, startTestApp, type Session, type TestApp } from '../../testing/app.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';

for (const engine of testDatabases()) {
  describe(`members, delegates and partners (${engine.name})`, () => {
    let t: TestApp;
    let secretariat: Session;
    let saAdmin: Session;
    let egViewer: Session;
    let saViewer: Session;
    beforeAll(async () => {
      t = await startTestApp(await engine.open(), { LOGIN_RATE_PER_MINUTE: '1000' });
      await addUser(t.db, 'admin@sec.test', 'SECRETARIAT', ['secretariat-admin']);
      await addUser(t.db, 'admin@sa.test', 'SA', ['state-admin'], 'SECRET');
      await addUser(t.db, 'viewer@eg.test', 'EG', ['viewer'], 'RESTRICTED');
      await addUser(t.db, 'viewer@sa.test', 'SA', ['viewer'], 'RESTRICTED');
      secretariat = await signIn(t.app, 'admin@sec.test');
      saAdmin = await signIn(t.app, 'admin@sa.test');
      egViewer = await signIn(t.app, 'viewer@eg.test');
      saViewer = await signIn(t.app, 'viewer@sa.test');
    });
    afterAll(async () => {
      await t.app.close();
      await t.db.close();
    });

    it('lists the 41 member states with names in the three languages', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/members' });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.total).toBe(41);
      const codes = body.items.map((i: { code: string }) => i.code).sort();
      expect(codes).toEqual('AF AE JO UG PK BH BN BD BJ BF TR TD TG TN DJ CI SA SN SD SL SO OM GA GM GN GW PS KM KW QA LB LY MV ML MY EG MA MR NE NG YE'.split(' ').sort());
      const sa = body.items.find((i: { code: string }) => i.code === 'SA');
      expect(sa).toMatchObject({ isoNumeric: '682', name: { ar: 'المملكة العربية السعودية', en: 'Saudi Arabia', fr: 'Arabie saoudite' } });
    });

    it('serves the coalition’s domains, bodies, partners and facts', async () => {
      const domains = (await t.app.inject({ url: '/api/domains' })).json().items;
      expect(domains.map((d: { code: string }) => d.code)).toEqual(['ideology', 'media', 'ctf', 'military']);
      const bodies = (await t.app.inject({ url: '/api/bodies' })).json().items;
      expect(bodies.find((b: { code: string }) => b.code === 'defence-ministers')).toMatchObject({ eventOn: '2017-11-26', place: 'Riyadh' });
      expect(bodies.find((b: { code: string }) => b.code === 'chiefs-of-staff').eventOn).toBe('2016-03-27');
      expect(bodies.find((b: { code: string }) => b.code === 'secretariat-general').eventOn).toBe('2015-12-14');
      const partners = (await t.app.inject({ url: '/api/partners' })).json().items;
      expect(partners.map((p: { name: { en: string } }) => p.name.en).sort()).toEqual(
        ['Al-Azhar', 'France', 'Muslim World League', 'Organisation of Islamic Cooperation'],
      );
      const coalition = (await t.app.inject({ url: '/api/coalition' })).json();
      expect(coalition.facts['slogan.ar']).toBe('متحالفون ضد الإرهاب');
      expect(coalition.memberCount).toBe(41);
    });

    it('lets a state-admin manage its own delegates only', async () => {
      const own = await t.app.inject({
        method: 'POST', url: '/api/members/SA/delegates', headers: as(saAdmin),
        payload: { fullName: 'فهد العتيبي', position: 'المندوب الوطني', email: 'fahd@sa.test', phone: '+966 11 000 0000' },
      });
      expect(own.statusCode).toBe(201);
      const other = await t.app.inject({
        method: 'POST', url: '/api/members/EG/delegates', headers: as(saAdmin), payload: { fullName: 'X', position: 'Y' },
      });
      expect(other.statusCode).toBe(403);
      const egDelegate = await t.app.inject({
        method: 'POST', url: '/api/members/EG/delegates', headers: as(secretariat),
        payload: { fullName: 'Mona Hassan', position: 'Liaison officer', email: 'mona@eg.test' },
      });
      expect(egDelegate.statusCode).toBe(201);
      const edit = await t.app.inject({ method: 'PATCH', url: `/api/delegates/${egDelegate.json().id}`, headers: as(saAdmin), payload: { position: 'hijacked' } });
      expect(edit.statusCode).toBe(403);
      const del = await t.app.inject({ method: 'DELETE', url: `/api/delegates/${egDelegate.json().id}`, headers: as(saAdmin) });
      expect(del.statusCode).toBe(403);
      const ownEdit = await t.app.inject({ method: 'PATCH', url: `/api/delegates/${own.json().id}`, headers: as(saAdmin), payload: { position: 'Deputy delegate' } });
      expect(ownEdit.json().position).toBe('Deputy delegate');
    });

    it('withholds delegates’ contact details from other states and says so', async () => {
      const fromEg = (await t.app.inject({ url: '/api/members/SA', headers: as(egViewer) })).json();
      expect(fromEg.delegates).toHaveLength(1);
      expect(fromEg.delegates[0].fullName).toBe('فهد العتيبي');
      expect(fromEg.delegates[0]).not.toHaveProperty('email');
      expect(fromEg.delegates[0].withheld).toEqual(['email', 'phone']);
      const fromSa = (await t.app.inject({ url: '/api/members/SA', headers: as(saViewer) })).json();
      expect(fromSa.delegates[0]).toMatchObject({ email: 'fahd@sa.test', withheld: [], actions: [] });
      expect(fromSa.actions).toEqual([]);
      const fromSaAdmin = (await t.app.inject({ url: '/api/members/SA', headers: as(saAdmin) })).json();
      expect(fromSaAdmin.actions).toEqual(['addDelegate']);
      expect(fromSaAdmin.delegates[0].actions).toEqual(['update', 'delete']);
      const fromSecretariat = (await t.app.inject({ url: '/api/members/SA', headers: as(secretariat) })).json();
      expect(fromSecretariat.actions).toEqual(['update', 'addDelegate']);
      const anonymous = (await t.app.inject({ url: '/api/members/SA' })).json();
      expect(anonymous.delegates).toEqual([]);
      const list = (await t.app.inject({ url: '/api/members' })).json();
      expect(list.items.find((i: { code: string }) => i.code === 'SA').delegateCount).toBe(0);
    });

    it('lets only the secretariat edit a state', async () => {
      const payload = { name: { ar: 'المملكة العربية السعودية', en: 'Kingdom of Saudi Arabia', fr: 'Royaume d’Arabie saoudite' }, joinedOn: '2015-12-14' };
      expect((await t.app.inject({ method: 'PATCH', url: '/api/members/SA', headers: as(saAdmin), payload })).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'PATCH', url: '/api/members/SA', headers: as(secretariat), payload })).statusCode).toBe(204);
      const sa = (await t.app.inject({ url: '/api/members/SA' })).json();
      expect(sa.name.en).toBe('Kingdom of Saudi Arabia');
      expect(sa.joinedOn).toBe('2015-12-14');
    });

    it('answers bad input with 400, field names and a message in the caller’s language, and changes nothing', async () => {
      const before = await t.db.query('SELECT count(*)::int AS n FROM delegates');
      const messages: Record<string, string> = {};
      for (const language of ['ar', 'en', 'fr']) {
        const response = await t.app.inject({
          method: 'POST', url: '/api/members/SA/delegates', headers: { ...as(secretariat), 'accept-language': language },
          payload: { fullName: '', position: 'x', email: 'not-an-email' },
        });
        expect(response.statusCode).toBe(400);
        const body = response.json();
        expect(body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['body.email', 'body.fullName']);
        expect(body).not.toHaveProperty('stack');
        messages[language] = body.message + body.fields[0].message;
      }
      expect(messages.ar).toMatch(/[\u0600-\u06FF]/);
      const phone = await t.app.inject({
        method: 'POST', url: '/api/members/SA/delegates', headers: { ...as(secretariat), 'accept-language': 'en' },
        payload: { fullName: 'X', position: 'Y', phone: 'call me' },
      });
      expect(phone.json().fields).toEqual([{ path: 'body.phone', message: 'This value is not in the expected form.' }]);
      expect(messages.en).toContain('not valid');
      expect(messages.fr).toContain('ne sont pas valides');
      expect(await t.db.query('SELECT count(*)::int AS n FROM delegates')).toEqual(before);
      const missing = await t.app.inject({ url: '/api/members/ZZ', headers: { 'accept-language': 'en' } });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().message).toBe('Not found.');
    });

    it('audits every change and keeps the chain intact', async () => {
      const actions = (await t.db.query<{ action: string }>('SELECT DISTINCT action FROM audit_log')).map((r) => r.action);
      expect(actions).toEqual(expect.arrayContaining(['delegate.created', 'delegate.updated', 'member.updated', 'user.created', 'auth.login', 'seed.applied']));
      expect((await verifyAuditChain(t.db)).ok).toBe(true);
      const auditForSa = (await t.app.inject({ url: '/api/audit?limit=500', headers: as(saAdmin) })).json().items;
      expect(auditForSa.length).toBeGreaterThan(0);
      expect(auditForSa.every((e: { actorState: string }) => e.actorState === 'SA')).toBe(true);
      expect((await t.app.inject({ url: '/api/audit', headers: as(egViewer) })).json().items).toEqual([]);
    });

    it('pages the audit log newest first', async () => {
      const first = (await t.app.inject({ url: '/api/audit?limit=3', headers: as(secretariat) })).json();
      expect(first.items).toHaveLength(3);
      expect(first.items[0].id).toBeGreaterThan(first.items[2].id);
      const second = (await t.app.inject({ url: `/api/audit?limit=3&before=${first.nextBefore}`, headers: as(secretariat) })).json();
      expect(second.items[0].id).toBe(first.items[2].id - 1);
    });
  });
}
