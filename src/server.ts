import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { AuditLog } from './audit/audit-log';
import { authenticate } from './auth/authenticate';
import { staffCheck } from './auth/staff-check';
import { createTokenVerifier, TokenSettings } from './auth/tokens';
import { loadSettings, privacyOf, ServerLimits, serverLimitsOf } from './config';
import { Context, createContext } from './context';
import { crossOrigin } from './cross-origin';
import type { Database } from './db/database';
import { findStaffMember } from './db/staff';
import type { DisclosureRule } from './domain/disclosure';
import type { Viewer } from './domain/viewer';
import { ErrorCode, formatError } from './errors';
import { explorerRoute } from './explorer-route';
import { ViewerScopedPersistedQueries } from './graphql/persisted-queries';
import { MAX_TOKENS, queryLimitsPlugin } from './graphql/query-limits';
import type { Logger } from './logger';
import { rateLimit } from './rate-limit';
import { operationNameLogged, requestLog } from './request-log';

export interface ApiServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Stops taking requests, waits for those in flight, then writes the audit lines still pending. */
  stop(): Promise<void>;
}

/** How requests are authenticated and personal data protected. */
export interface ServerPrivacy {
  tokens: TokenSettings;
  /** How long a staff record checked against tokens is remembered: a deactivation takes effect within it. */
  staffCacheMs: number;
  pseudonymKey: string;
  auditFlushMs: number;
  /** How many hidden persons a derived figure may pool (src/domain/disclosure.ts). */
  disclosure: DisclosureRule;
}


/**
 * HTTP wiring: /graphql (Apollo), /health (the process is up), /ready
 * (the database answers) and /explorer. Every request gets an id and one
 * log line (src/request-log.ts); the id is also the `x-request-id` header.
 */
export async function createServer(
  schema: GraphQLSchema,
  db: Database,
  logger: Logger,
  settings: Partial<ServerLimits> = {},
  privacy: ServerPrivacy = privacyOf(loadSettings({})),
): Promise<ApiServer> {
  const limits: ServerLimits = { ...serverLimitsOf(loadSettings({})), ...settings };
  const verifyToken = await createTokenVerifier(privacy.tokens);
  // Counted apart from requests' statements, like the audit log: a lookup falls in only when the cache misses.
  const staffRecords = db.separatelyCounted();
  const confirmStaff = staffCheck((id) => findStaffMember(staffRecords, id), privacy.staffCacheMs);
  const auditLog = new AuditLog(db.separatelyCounted(), logger, privacy.auditFlushMs);
  const app = express();
  const httpServer = http.createServer(app);
  const persistedQueries = new ViewerScopedPersistedQueries();
  const apollo = new ApolloServer<Context>({
    schema,
    // The client gets a generic message; the log keeps what went wrong, or no one could find out.
    formatError: (formatted, original) => {
      const shaped = formatError(formatted, original);
      if (shaped.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) logger.error({ err: unwrapResolverError(original), path: formatted.path }, 'internal error');
      return shaped;
    },
    includeStacktraceInErrorResponses: false,
    // The process owns shutdown (src/cli/start.ts). Apollo's own handler would call stop() a second
    // time, and in @apollo/server 5.5.1 a second concurrent stop() never returns, hanging SIGTERM.
    stopOnTerminationSignals: false,
    introspection: limits.introspection,
    // Bounds the work graphql-js does before the limits below can look at the query.
    parseOptions: { maxTokens: MAX_TOKENS },
    persistedQueries: { cache: persistedQueries },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints are set, and the default cache-control plugin wraps every field to look for them.
      ApolloServerPluginCacheControlDisabled(),
      // Reads of full personal records and of derived figures join the audit trail once the answer is ready.
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, operationName }) {
              for (const event of contextValue.audit.readEvents(operationName ?? null)) auditLog.record(event);
            },
          };
        },
      },
      queryLimitsPlugin({ maxCost: limits.queryMaxCost, maxDepth: limits.queryMaxDepth }),
      operationNameLogged,
      ...(limits.landingPage ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
    logger,
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(requestLog(logger));
  // Brotli, gzip or deflate, as the client accepts, for answers above 1 kB: a page of 100 persons shrinks several times.
  // The answers worth guessing at need a bearer token, which no foreign page can make a browser send, so BREACH-style probing finds nothing.
  app.use(compression());
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const reachable = await db.isReachable();
    res.status(reachable ? 200 : 503).json({ status: reachable ? 'ready' : 'database unavailable' });
  });
  // The explorer page is public; the GraphQL calls it makes carry the token.
  app.use('/explorer', explorerRoute());
  app.use(
    '/graphql',
    // First, so refusals (401, 413, 429) reach the allowed pages too, and preflights need no token.
    crossOrigin(limits.corsOrigins),
    authenticate(async (token) => confirmStaff(await verifyToken(token))),
    express.json({ limit: '1mb' }),
    // After authentication, so requests are counted per viewer.
    ...(limits.rateLimitPerMinute > 0 ? [rateLimit(limits.rateLimitPerMinute)] : []),
    // Around Apollo's handling, so its persisted-queries cache knows whose documents to look in.
    (_req: express.Request, res: express.Response, next: express.NextFunction) => persistedQueries.runAs((res.locals.viewer as Viewer | undefined)?.staffId, next),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext(db, String(req.id), req.log, res.locals.viewer, privacy.pseudonymKey, privacy.disclosure),
    }),
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
    stop: async () => {
      await apollo.stop();
      await auditLog.stop();
    },
  };
}
