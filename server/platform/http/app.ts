import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { registerAuthentication } from '../auth/authenticate.js';
import { registerErrorHandler } from './error-handler.js';
import { registerHealthRoutes } from './health-routes.js';
import { registerRoutes } from '../../routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: Array<{ method: string; url: string }>;
  }
}

export interface AppOptions {
  config: Config;
  db: Database;
  webDir?: string;
  logger?: boolean;
}

export async function buildApp({ config, db, webDir, logger = true }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ? { level: config.LOG_LEVEL } : false,
    // Take the caller's request id when it sends one, so logs correlate across services.
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && /^[\w.-]{1,100}$/.test(sent) ? sent : randomUUID();
    },
    trustProxy: true,
    bodyLimit: 10 * 1024 * 1024,
  });
  // The route list lets tests walk every route; it is filled as routes register.
  const routes: Array<{ method: string; url: string }> = [];
  app.decorate('apiRoutes', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (route.url.startsWith('/api/') && method !== 'HEAD' && !route.url.startsWith('/api/docs')) routes.push({ method, url: route.url });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // While closing, answers in flight tell the client to drop the connection, so close() can finish.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
    app.server.closeIdleConnections();
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
  });

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tahaluf API',
        version: '0.1.0',
        description: 'The API of Tahaluf, the coalition platform. Cookie sessions (with x-csrf-token on writes) or Bearer API tokens.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'tahaluf_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const serveWeb = webDir !== undefined && fs.existsSync(path.join(webDir, 'index.html'));
  registerErrorHandler(app, { singlePageApp: serveWeb });
  registerAuthentication(app, db);
  registerHealthRoutes(app, db);
  await registerRoutes(app, { config, db });

  if (serveWeb) await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false });
  return app;
}
