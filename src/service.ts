import type { AddressInfo } from 'node:net';
import { DatabaseHandle, openDatabase } from './bootstrap';
import { privacyOf, serverLimitsOf, Settings } from './config';
import { loadDemoBankIfEmpty } from './demo/load-demo-bank';
import { createSchema } from './graphql/schema';
import type { Logger } from './logger';
import { createServer } from './server';

export interface RunningService {
  /** The GraphQL endpoint. */
  url: string;
  /** The relationship explorer page, served beside it. */
  explorerUrl: string;
  database: DatabaseHandle;
  /** Drains requests in flight, then closes the driver and the embedded Neo4j. */
  stop(): Promise<void>;
}

/**
 * What `npm start` does: the database (embedded unless NEO4J_URI is set),
 * the demo bank on an empty graph (unless DEMO_DATA=false), then the API.
 */
export async function startService(settings: Settings, logger: Logger): Promise<RunningService> {
  const database = await openDatabase(settings, logger);
  try {
    if (settings.DEMO_DATA) {
      await loadDemoBankIfEmpty(database.driver, settings.NEO4J_DATABASE, settings.DEMO_PERSONS, settings.DEMO_SEED, logger);
    }
    const server = await createServer(await createSchema(), database.db, logger, serverLimitsOf(settings), privacyOf(settings));
    await new Promise<void>((resolve) => server.httpServer.listen(settings.PORT, resolve));
    const { port } = server.httpServer.address() as AddressInfo;
    return {
      url: `http://localhost:${port}/graphql`,
      explorerUrl: `http://localhost:${port}/explorer`,
      database,
      stop: async () => {
        await server.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
