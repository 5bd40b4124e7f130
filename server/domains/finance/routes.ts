import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  alertDetail, alertPage, alertQuery, listDiffView, listImportRequest, listVersionView, matchRequest, matchResponse, reviewRequest,
} from '../../../contracts/finance.js';
import { authorize, requireSignedIn } from '../../platform/access/guard.js';
import { filter } from '../../platform/access/policy.js';
import { AppError } from '../../platform/http/errors.js';
import { actorOf, type RouteDeps } from '../../platform/http/route-deps.js';
import { appendAudit } from '../../platform/audit/audit-log.js';
import { findAlert, listAlerts, listReviews } from './alerts-store.js';
import { reviewAlert } from './alerts-service.js';
import { importListContent } from './list-upload.js';
import { diffVersions, findDesignation, findVersion, listVersions, previousVersion } from './list-store.js';
import { presentAlert, presentCandidate, presentVersion } from './presenter.js';
import { changedFields } from './lists/index.js';
import type { ScreeningIndex } from './screening-index.js';
import { recordScreening, requireScreener, rescreenStoredSubjects, screenSubjects } from './screening-service.js';

const tags = ['screening'];
const idParams = z.object({ id: z.string() });
const versionParams = z.object({ id: z.coerce.number().int().min(1) });

export function registerScreeningRoutes(app: FastifyInstance, { db }: RouteDeps, screeningIndex: ScreeningIndex): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/screening/match', {
    schema: {
      tags, summary: 'Screen one subject or a batch (up to 1,000) against the newest sanctions lists',
      description: 'Each candidate carries its score (0–1) and an explanation: which part of the query matched which part of the listed name, how, and the secondary evidence (date of birth, nationality, entity type). `explanation.text` says it all in one line in the caller’s language (Accept-Language, else their account’s, else Arabic); `parts` and `reasons` keep the matcher’s own words.',
      body: matchRequest, response: { 200: matchResponse },
    },
  }, async (request) => {
    const caller = requireScreener(request.caller);
    const loaded = await screeningIndex.current(db);
    if (Object.keys(loaded.versions).length === 0) throw new AppError(409, 'noListsImported');
    const results = screenSubjects(loaded, request.body.subjects, request.body);
    const recorded = request.body.record ? await recordScreening(db, caller, loaded, results, request.id) : undefined;
    if (!recorded) {
      await db.transaction((tx) =>
        appendAudit(tx, { actor: actorOf(caller), action: 'screening.matched', targetType: 'screening', requestId: request.id, details: { subjects: results.length } }),
      );
    }
    return {
      results: results.map((res) => ({ subject: res.subject, candidates: res.candidates.map((c) => presentCandidate(c, res.subject.name, request.language ?? 'ar')) })),
      lists: loaded.versions,
      recorded,
    };
  });

  r.get('/api/screening/lists', { schema: { tags, summary: 'Imported versions of the sanctions lists, newest first', response: { 200: z.object({ items: z.array(listVersionView) }) } } }, async (request) => {
    authorize(request.caller, 'sanctionList', 'read', {});
    return { items: (await listVersions(db)).map(presentVersion) };
  });

  r.get('/api/screening/lists/:id/diff', { schema: { tags, summary: 'What a version added, removed and changed against the one before it', params: versionParams, response: { 200: listDiffView } } }, async (request) => {
    authorize(request.caller, 'sanctionList', 'read', {});
    const version = await findVersion(db, request.params.id);
    if (!version) throw new AppError(404, 'notFound');
    const before = await previousVersion(db, version);
    const diff = await diffVersions(db, before ? Number(before.id) : null, Number(version.id));
    return {
      from: before ? presentVersion(before) : null,
      to: presentVersion(version),
      added: diff.added,
      removed: diff.removed,
      changed: diff.changed.map((c) => ({ id: c.id, name: c.name, fields: changedFields(c.before, c.after) })),
    };
  });

  r.post('/api/screening/lists', { schema: { tags, summary: 'Import a new version of a list (secretariat administrators); stored subjects are screened again', body: listImportRequest, response: { 201: z.object({ version: listVersionView, added: z.number(), removed: z.number(), changed: z.number(), rescreened: z.object({ subjects: z.number(), alertsRaised: z.number() }) }) } } }, async (request, reply) => {
    const caller = requireSignedIn(request.caller);
    authorize(caller, 'sanctionList', 'import', {}, { hideIfUnreadable: false });
    const result = await importListContent(db, request.body, actorOf(caller));
    const rescreened = result.unchanged ? { subjects: 0, alertsRaised: 0 } : await rescreenStoredSubjects(db, screeningIndex);
    return reply.status(201).send({
      version: presentVersion(result.version), added: result.diff.added.length, removed: result.diff.removed.length, changed: result.diff.changed.length, rescreened,
    });
  });

  r.get('/api/screening/alerts', { schema: { tags, summary: 'The alerts queue of the caller’s state', querystring: alertQuery, response: { 200: alertPage } } }, async (request) => {
    const caller = requireSignedIn(request.caller);
    const { rows, total } = await listAlerts(db, (offset) => filter(caller, 'screeningAlert', 'read', 'a', offset), {
      status: request.query.status ?? null, limit: request.query.limit, offset: request.query.offset,
    });
    return { items: rows.map((row) => presentAlert(row, request.language ?? 'ar')), total };
  });

  r.get('/api/screening/alerts/:id', { schema: { tags, params: idParams, response: { 200: alertDetail } } }, async (request) => {
    const alert = await findAlert(db, request.params.id);
    if (!alert) throw new AppError(404, 'notFound');
    authorize(request.caller, 'screeningAlert', 'read', alert);
    const designation = await findDesignation(db, Number(alert.list_version_id), alert.designation_id);
    const reviews = await listReviews(db, alert.id);
    return {
      ...presentAlert(alert, request.language ?? 'ar'),
      designation: designation ?? null,
      reviews: reviews.map((rv) => ({ id: rv.id, reviewer: rv.reviewer_email, decision: rv.decision, note: rv.note, at: new Date(rv.created_at).toISOString() })),
    };
  });

  r.post('/api/screening/alerts/:id/reviews', { schema: { tags, summary: 'Review an alert (four-eyes: a proposed match needs a second reviewer)', params: idParams, body: reviewRequest, response: { 200: z.object({ id: z.string(), status: z.string() }) } } }, async (request) => {
    const updated = await reviewAlert(db, request.caller, request.params.id, request.body.decision, request.body.note, request.id);
    return { id: updated.id, status: updated.status };
  });
}
