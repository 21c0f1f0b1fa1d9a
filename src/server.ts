import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import pinoHttp from 'pino-http';
import { Context, createContext } from './context';
import type { Database } from './db/database';
import { formatError } from './errors';
import type { Logger } from './logger';

export interface ApiServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Stops taking requests and waits for those in flight. */
  stop(): Promise<void>;
}

/**
 * HTTP wiring: /graphql (Apollo), /health (the process is up) and /ready
 * (the database answers). Every request gets an id, in the logs and in the
 * `x-request-id` response header.
 */
export async function createServer(schema: GraphQLSchema, db: Database, logger: Logger): Promise<ApiServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
    logger,
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
    }),
  );
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const reachable = await db.isReachable();
    res.status(reachable ? 200 : 503).json({ status: reachable ? 'ready' : 'database unavailable' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(db, String(req.id)) }),
  );
  // Malformed JSON and oversized bodies: a client error, never a stack trace.
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    const code = status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT';
    const message = status === 413 ? 'Request body too large (limit 1 MB).' : status === 500 ? 'Internal server error.' : 'Malformed request body.';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  });

  return {
    app,
    httpServer,
    apollo,
    stop: () => apollo.stop(),
  };
}
