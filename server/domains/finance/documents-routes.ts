import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { documentInput, documentList, documentView } from '../../../contracts/finance.js';
import { authorize, requireSignedIn } from '../../platform/access/guard.js';
import { filter } from '../../platform/access/policy.js';
import { appendAudit } from '../../platform/audit/audit-log.js';
import { AppError } from '../../platform/http/errors.js';
import { actorOf, type RouteDeps } from '../../platform/http/route-deps.js';
import { deleteDocument, findDocument, insertDocument, listDocuments, type DocumentRow } from './documents-store.js';

const tags = ['ctf-library'];
const idParams = z.object({ id: z.string() });

function present(row: DocumentRow) {
  return {
    id: row.id,
    originator: row.originator,
    title: row.title,
    language: row.language,
    kind: row.kind,
    summary: row.summary,
    classification: row.classification,
    relTo: row.rel_to,
    tlp: row.tlp,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** The CTF best-practices library: strategies, action plans and typologies shared under markings. */
export function registerDocumentRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/ctf/documents', { schema: { tags, summary: 'Documents released to the caller', response: { 200: documentList } } }, async (request) => {
    const caller = requireSignedIn(request.caller);
    return { items: (await listDocuments(db, filter(caller, 'ctfDocument', 'read'))).map(present) };
  });

  r.get('/api/ctf/documents/:id', { schema: { tags, params: idParams, response: { 200: documentView } } }, async (request) => {
    const row = await findDocument(db, request.params.id);
    if (!row) throw new AppError(404, 'notFound');
    authorize(request.caller, 'ctfDocument', 'read', row);
    // Reading a marked document above UNCLASSIFIED is itself recorded.
    if (row.classification !== 'UNCLASSIFIED') {
      await db.transaction((tx) =>
        appendAudit(tx, { actor: actorOf(request.caller), action: 'ctf-document.read', targetType: 'ctfDocument', targetId: row.id, requestId: request.id, details: { classification: row.classification } }),
      );
    }
    return { ...present(row), body: row.body };
  });

  r.post('/api/ctf/documents', { schema: { tags, summary: 'Share a document in the name of the caller’s state', body: documentInput, response: { 201: documentView } } }, async (request, reply) => {
    const caller = requireSignedIn(request.caller);
    const row = {
      originator: caller.state,
      ...request.body,
      rel_to: request.body.relTo,
      created_by: caller.userId,
    };
    authorize(caller, 'ctfDocument', 'create', row, { hideIfUnreadable: false });
    const created = await db.transaction(async (tx) => {
      const doc = await insertDocument(tx, row);
      await appendAudit(tx, { actor: actorOf(caller), action: 'ctf-document.created', targetType: 'ctfDocument', targetId: doc.id, requestId: request.id, details: { classification: doc.classification, relTo: doc.rel_to } });
      return doc;
    });
    return reply.status(201).send({ ...present(created), body: created.body });
  });

  r.delete('/api/ctf/documents/:id', { schema: { tags, params: idParams, response: { 204: z.null() } } }, async (request, reply) => {
    const row = await findDocument(db, request.params.id);
    if (!row) throw new AppError(404, 'notFound');
    authorize(request.caller, 'ctfDocument', 'delete', row);
    await db.transaction(async (tx) => {
      await deleteDocument(tx, row.id);
      await appendAudit(tx, { actor: actorOf(request.caller), action: 'ctf-document.deleted', targetType: 'ctfDocument', targetId: row.id, requestId: request.id });
    });
    return reply.status(204).send(null);
  });
}
