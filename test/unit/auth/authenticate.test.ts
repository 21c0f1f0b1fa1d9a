import type { AddressInfo } from 'node:net';
import express from 'express';
import pinoHttp from 'pino-http';
import { authenticate } from '../../../src/auth/authenticate';
import type { TokenVerifier } from '../../../src/auth/tokens';
import { databaseUnavailable } from '../../../src/db/circuit-breaker';
import { StaffRole } from '../../../src/domain/model';
import { unauthenticated } from '../../../src/errors';
import { createLogger } from '../../../src/logger';

/** The middleware in front of a handler that echoes the viewer, on a free port. */
async function answerWith(verify: TokenVerifier): Promise<{ status: number; body: unknown }> {
  const app = express();
  app.use(pinoHttp({ logger: createLogger('silent') }));
  app.use('/graphql', authenticate(verify), (_req, res) => {
    res.json({ viewer: res.locals.viewer });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
      method: 'POST',
      headers: { authorization: 'Bearer some.token.here' },
    });
    return { status: response.status, body: await response.json() };
  } finally {
    server.close();
  }
}

describe('authenticate', () => {
  it('passes the verified viewer on', async () => {
    const viewer = { staffId: 'S0004', role: StaffRole.RELATIONSHIP_MANAGER, branchId: 'B001' };
    expect(await answerWith(async () => viewer)).toEqual({ status: 200, body: { viewer } });
  });

  it('answers a refused token 401, a database that is down 503, and anything else 500 without its detail', async () => {
    const failing = (error: Error) => answerWith(async () => Promise.reject(error));
    expect(await failing(unauthenticated('The token has expired.'))).toEqual({
      status: 401,
      body: { errors: [{ message: 'The token has expired.', extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    expect(await failing(databaseUnavailable())).toEqual({
      status: 503,
      body: { errors: [{ message: 'The graph database is unavailable; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
    });
    expect(await failing(new Error('Neo.ClientError.Statement.SyntaxError at staff-member-by-id.cypher'))).toEqual({
      status: 500,
      body: { errors: [{ message: 'Internal server error: the request could not be completed.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    });
  });
});
