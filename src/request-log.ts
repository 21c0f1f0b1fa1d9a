import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import pinoHttp from 'pino-http';
import type { Context } from './context';
import type { Logger } from './logger';

/** Probes come every few seconds from the orchestrator: logged only when they fail, or at debug. */
const PROBES = new Set(['/health', '/ready']);

const pathOf = (req: IncomingMessage): string => ((req as express.Request).originalUrl ?? req.url ?? '').split('?')[0];

/**
 * One line per request, when its response is finished: method, path and
 * status in the message; the request id (also the `x-request-id` header),
 * the GraphQL operation's name, the authenticated staff id and the time
 * taken as fields. Nothing else of the request is kept: headers carry the
 * token, and a GET's query string the variables, which may be personal data.
 */
export function requestLog(logger: Logger): express.RequestHandler {
  const line = (req: IncomingMessage, res: ServerResponse) => `${req.method} ${pathOf(req)} ${res.writableEnded ? res.statusCode : 'aborted'}`;
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customProps: (_req, res) => ({ staffId: (res as express.Response).locals?.viewer?.staffId }),
    customLogLevel: (req, res, error) => {
      const failed = Boolean(error) || res.statusCode >= 500;
      if (PROBES.has(pathOf(req))) return failed ? 'warn' : 'debug';
      if (failed) return 'error';
      return res.statusCode >= 400 ? 'warn' : 'info';
    },
    customSuccessMessage: line,
    customErrorMessage: line,
  });
}

/**
 * Names the operation on the request's line once Apollo has resolved it
 * (the client need not send `operationName` for a document of one named
 * operation). Anonymous operations are logged without a name.
 */
export const operationNameLogged: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operationName }) {
        if (operationName) contextValue.log.setBindings({ operationName });
      },
    };
  },
};
