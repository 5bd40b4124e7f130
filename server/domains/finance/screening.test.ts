import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../testing/databases.js';
import { addUser, as, signIn, startTestApp, type Session, type TestApp } from '../../testing/app.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import { insertListVersion } from './list-store.js';
import { sampleDesignations } from './test-designations.js';

for (const engine of testDatabases()) {
  describe(`screening, alerts and four-eyes review (${engine.name})`, () => {
    let t: TestApp;
    let sa1: Session;
    let sa2: Session;
    let eg: Session;
    let viewer: Session;
    let secretariat: Session;
    beforeAll(async () => {
      t = await startTestApp(await engine.open(), { LOGIN_RATE_PER_MINUTE: '1000' });
      for (const [email, state, role] of [
        ['officer1@sa.test', 'SA', 'officer'], ['analyst2@sa.test', 'SA', 'analyst'], ['officer@eg.test', 'EG', 'officer'],
        ['viewer@sa.test', 'SA', 'viewer'], ['admin@sec.test', 'SECRETARIAT', 'secretariat-admin'],
      ] as const) await addUser(t.db, email, state, [role]);
      sa1 = await signIn(t.app, 'officer1@sa.test');
      sa2 = await signIn(t.app, 'analyst2@sa.test');
      eg = await signIn(t.app, 'officer@eg.test');
      viewer = await signIn(t.app, 'viewer@sa.test');
      secretariat = await signIn(t.app, 'admin@sec.test');
    });
    afterAll(async () => {
      await t.app.close();
      await t.db.close();
    });

    const match = (session: Session, body: object) => t.app.inject({ method: 'POST', url: '/api/screening/match', headers: as(session), payload: body });

    it('says clearly when no list has been imported yet', async () => {
      const response = await match(sa1, { subjects: [{ name: 'x' }] });
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toBe('noListsImported');
    });

    it('screens a name written differently, across scripts, with an explanation', async () => {
      await t.db.transaction((tx) => insertListVersion(tx, 'un', { name: 'test.xml', sha256: 'x' }, sampleDesignations(), 'test'));
      const response = await match(sa1, {
        subjects: [
          { name: 'AL AHMAD, Mohamed B. Abdulla' },
          { name: 'محمد بن عبدالله الاحمد' },
          { name: 'Fatima Zahra Benali' },
        ],
      });
      expect(response.statusCode).toBe(200);
      const [latin, arabic, nobody] = response.json().results;
      expect(latin.candidates[0]).toMatchObject({ source: 'un', designationId: 'QDi.900' });
      expect(latin.candidates[0].score).toBeGreaterThanOrEqual(0.8);
      expect(latin.candidates[0].explanation.parts.length).toBeGreaterThan(1);
      expect(latin.candidates[0].explanation.text).toMatch(/ahmad/i);
      expect(arabic.candidates[0].designationId).toBe('QDi.900');
      expect(nobody.candidates).toEqual([]);
      // The one-line text is said in the caller's language; parts and reasons keep the matcher's words.
      const french = await t.app.inject({ method: 'POST', url: '/api/screening/match', headers: { ...as(sa1), 'accept-language': 'fr' }, payload: { subjects: [{ name: 'AL AHMAD, Mohamed B. Abdulla' }] } });
      const text: string = french.json().results[0].candidates[0].explanation.text;
      expect(text).toMatch(/^« AL AHMAD, Mohamed B\. Abdulla » comparé à « .+ » : score \d,\d\d/);
      expect(text).not.toMatch(/\b(?:against|score \d\.)/);
      expect(french.json().results[0].candidates[0].explanation.parts).toEqual(latin.candidates[0].explanation.parts);
    });

    it('refuses screening to roles without it and batches over 1,000', async () => {
      expect((await match(viewer, { subjects: [{ name: 'x' }] })).statusCode).toBe(403);
      const tooMany = await match(sa1, { subjects: Array.from({ length: 1001 }, () => ({ name: 'x' })) });
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.json().fields[0].path).toBe('body.subjects');
    });

    let alertId = '';
    it('records a batch as the caller’s state’s alerts, hidden from other states', async () => {
      const recorded = await match(sa1, { record: true, subjects: [{ name: 'Khalid Yusuf Husayn', dob: '1968-02-03', reference: 'CUST-1' }, { name: 'Mohammad Abdallah Ahmad', reference: 'CUST-2' }] });
      expect(recorded.json().recorded.alertsRaised).toBe(2);
      const queue = (await t.app.inject({ url: '/api/screening/alerts?status=open', headers: as(sa2) })).json();
      expect(queue.total).toBe(2);
      const khalid = queue.items.find((a: { designationId: string }) => a.designationId === 'QDi.901');
      expect(khalid.subject).toMatchObject({ name: 'Khalid Yusuf Husayn', reference: 'CUST-1' });
      alertId = khalid.id;
      expect((await t.app.inject({ url: '/api/screening/alerts', headers: as(eg) })).json().total).toBe(0);
      expect((await t.app.inject({ url: `/api/screening/alerts/${alertId}`, headers: as(eg) })).statusCode).toBe(404);
      expect((await t.app.inject({ url: '/api/screening/alerts', headers: as(secretariat) })).json().total).toBe(0);
      const detail = (await t.app.inject({ url: `/api/screening/alerts/${alertId}`, headers: as(sa2) })).json();
      expect(detail.designation.id).toBe('QDi.901');
      // A stored alert's text is said in each reader's language (Arabic without a preference).
      expect(detail.explanation.text).toMatch(/^«\u2068Khalid Yusuf Husayn\u2069» مقابل «.+»: الدرجة \d\.\d\d\. /);
      const english = (await t.app.inject({ url: `/api/screening/alerts/${alertId}`, headers: { ...as(sa2), 'accept-language': 'en' } })).json();
      expect(english.explanation.text).toMatch(/^“Khalid Yusuf Husayn” against “.+”: score \d\.\d\d\. /);
      expect(english.explanation.reasons).toEqual(detail.explanation.reasons);
    });

    it('needs a second reviewer to confirm a true match', async () => {
      const review = (session: Session, decision: string, note = '') =>
        t.app.inject({ method: 'POST', url: `/api/screening/alerts/${alertId}/reviews`, headers: as(session), payload: { decision, note } });
      expect((await review(eg, 'propose-match')).statusCode).toBe(404);
      expect((await review(sa1, 'propose-match', 'same DOB and name')).json().status).toBe('match-proposed');
      const self = await review(sa1, 'confirm-match');
      expect(self.statusCode).toBe(409);
      expect(self.json().error).toBe('fourEyes');
      expect((await review(sa2, 'confirm-match', 'agreed')).json().status).toBe('confirmed-match');
      expect((await review(sa2, 'not-a-match')).statusCode).toBe(409);
      const detail = (await t.app.inject({ url: `/api/screening/alerts/${alertId}`, headers: as(sa1) })).json();
      expect(detail.reviews.map((r: { decision: string; reviewer: string }) => `${r.decision}:${r.reviewer}`)).toEqual([
        'propose-match:officer1@sa.test', 'confirm-match:analyst2@sa.test',
      ]);
    });

    it('remembers "not a match" until the designation or the subject changes', async () => {
      const queue = (await t.app.inject({ url: '/api/screening/alerts?status=open', headers: as(sa1) })).json();
      const other = queue.items.find((a: { designationId: string }) => a.designationId === 'QDi.900');
      const cleared = await t.app.inject({ method: 'POST', url: `/api/screening/alerts/${other.id}/reviews`, headers: as(sa1), payload: { decision: 'not-a-match', note: 'different person' } });
      expect(cleared.json().status).toBe('not-a-match');
      // The same subject screened again raises nothing for that designation.
      const again = await match(sa1, { record: true, subjects: [{ name: 'Mohammad Abdallah Ahmad', reference: 'CUST-2' }] });
      expect(again.json().recorded.alertsRaised).toBe(0);
      // A changed subject (now with a nationality) is a new question.
      const changed = await match(sa1, { record: true, subjects: [{ name: 'Mohammad Abdallah Ahmad', nationality: 'SA', reference: 'CUST-2' }] });
      expect(changed.json().recorded.alertsRaised).toBe(1);
    });

    it('imports a new version through the API, shows the difference and screens stored subjects again', async () => {
      const designations = sampleDesignations();
      designations[0].names.push({ text: 'Abu Khalid al-Saudi', kind: 'alias-strong', script: 'latin' });
      designations.splice(2, 1);
      const [version] = await t.db.query<{ id: number }>('SELECT id FROM sanction_list_versions ORDER BY id DESC LIMIT 1');
      await t.db.transaction((tx) => insertListVersion(tx, 'un', { name: 'test2.xml', sha256: 'y' }, designations, 'test'));
      const versions = (await t.app.inject({ url: '/api/screening/lists', headers: as(viewer) })).json().items;
      expect(versions).toHaveLength(2);
      const diff = (await t.app.inject({ url: `/api/screening/lists/${versions[0].id}/diff`, headers: as(viewer) })).json();
      expect(diff.from.id).toBe(Number(version.id));
      expect(diff.removed).toEqual([{ id: 'QDe.500', name: 'AL-NUR CHARITABLE FOUNDATION' }]);
      expect(diff.changed).toEqual([{ id: 'QDi.900', name: 'MOHAMMED BIN ABDULLAH AL-AHMAD', fields: ['names'] }]);
      expect(diff.added).toEqual([]);
    });

    it('audits screening and every review, and the chain holds', async () => {
      const actions = (await t.db.query<{ action: string }>('SELECT DISTINCT action FROM audit_log')).map((r) => r.action);
      expect(actions).toEqual(expect.arrayContaining(['screening.matched', 'screening.recorded', 'alert.propose-match', 'alert.confirm-match', 'alert.not-a-match']));
      expect((await verifyAuditChain(t.db)).ok).toBe(true);
    });
  });
}
