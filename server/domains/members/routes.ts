import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  delegateInput, delegateList, delegateUpdate, delegateView, memberCode, memberDetail, memberList, memberUpdate,
} from '../../../contracts/members.js';
import { authorize } from '../../platform/access/guard.js';
import { filter } from '../../platform/access/policy.js';
import { AppError } from '../../platform/http/errors.js';
import type { RouteDeps } from '../../platform/http/route-deps.js';
import { memberActions, presentDelegate, presentState } from './presenter.js';
import { addDelegate, editDelegate, editState, removeDelegate } from './service.js';
import { findDelegate, findState, listDelegates, listStates } from './store.js';

const tags = ['members'];

export function registerMemberRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/members', { schema: { tags, summary: 'The member states', response: { 200: memberList } } }, async (request) => {
    const rows = await listStates(db, filter(request.caller, 'delegate', 'read', 'd'));
    return { items: rows.map(presentState), total: rows.length };
  });

  r.get('/api/members/:code', { schema: { tags, params: memberCode, response: { 200: memberDetail } } }, async (request) => {
    const state = await findState(db, request.params.code);
    if (!state) throw new AppError(404, 'notFound');
    authorize(request.caller, 'member', 'read', state);
    const delegates = await listDelegates(db, state.code, filter(request.caller, 'delegate', 'read', '', 1));
    const { delegateCount: _count, ...summary } = presentState(state);
    return {
      ...summary,
      joinedOn: state.joined_on,
      delegates: delegates.map((d) => presentDelegate(request.caller, d)),
      actions: memberActions(request.caller, state),
    };
  });

  r.patch('/api/members/:code', {
    schema: { tags, summary: 'Edit a member state (secretariat administrators)', params: memberCode, body: memberUpdate, response: { 204: z.null() } },
  }, async (request, reply) => {
    await editState(db, request.caller, request.params.code, request.body, request.id);
    return reply.status(204).send(null);
  });

  r.get('/api/members/:code/delegates', { schema: { tags, params: memberCode, response: { 200: delegateList } } }, async (request) => {
    if (!(await findState(db, request.params.code))) throw new AppError(404, 'notFound');
    const rows = await listDelegates(db, request.params.code, filter(request.caller, 'delegate', 'read', '', 1));
    return { items: rows.map((d) => presentDelegate(request.caller, d)) };
  });

  r.post('/api/members/:code/delegates', {
    schema: { tags, summary: 'Add a national delegate', params: memberCode, body: delegateInput, response: { 201: delegateView } },
  }, async (request, reply) => {
    const created = await addDelegate(db, request.caller, request.params.code, request.body, request.id);
    return reply.status(201).send(presentDelegate(request.caller, created));
  });

  const delegateId = z.object({ id: z.string() });
  r.get('/api/delegates/:id', { schema: { tags, params: delegateId, response: { 200: delegateView } } }, async (request) => {
    const row = await findDelegate(db, request.params.id);
    if (!row) throw new AppError(404, 'notFound');
    authorize(request.caller, 'delegate', 'read', row);
    return presentDelegate(request.caller, row);
  });

  r.patch('/api/delegates/:id', { schema: { tags, params: delegateId, body: delegateUpdate, response: { 200: delegateView } } }, async (request) => {
    return presentDelegate(request.caller, await editDelegate(db, request.caller, request.params.id, request.body, request.id));
  });

  r.delete('/api/delegates/:id', { schema: { tags, params: delegateId, response: { 204: z.null() } } }, async (request, reply) => {
    await removeDelegate(db, request.caller, request.params.id, request.id);
    return reply.status(204).send(null);
  });
}
