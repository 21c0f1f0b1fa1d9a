import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { createSchema } from '../src/graphql/schema';
import { createLogger } from '../src/logger';
import { createServer } from '../src/server';
import { instrumentDriver, StatementRecorder } from './instrumented-driver';
import { createNeo4jGraphQLSchema } from './neo4j-graphql-schema';
import { createPlainSchema } from './plain-schema';
import { profileRequest } from './profile';
import type { ServerKind, ServerReply, ServerRequest } from './server-protocol';

/**
 * A GraphQL server under test, in its own process (forked by
 * server-handle.ts), so its memory is its own and the load generator does
 * not share its event loop. It serves one of the three implementations on
 * a free port of 127.0.0.1, counts the statements it sends to Neo4j, and on
 * request records one request's statements and replays them under PROFILE.
 */

async function startOther(schema: GraphQLSchema): Promise<{ httpServer: http.Server; stop: () => Promise<void> }> {
  const app = express();
  const httpServer = http.createServer(app);
  // As our server does (src/server.ts): no cache hints, so no per-field cache-control wrapper.
  const apollo = new ApolloServer({ schema, introspection: false, plugins: [ApolloServerPluginCacheControlDisabled()] });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  return { httpServer, stop: () => apollo.stop().then(() => new Promise<void>((resolve) => httpServer.close(() => resolve()))) };
}

async function main(): Promise<void> {
  const kind = process.argv[2] as ServerKind;
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri) throw new Error('BENCH_NEO4J_URI is not set');
  const driver = createDriver({ uri, user: 'neo4j', password: 'neo4j' });
  const recorder = new StatementRecorder();
  const instrumented = instrumentDriver(driver, recorder);

  let server: { httpServer: http.Server; stop: () => Promise<void> };
  switch (kind) {
    case 'api':
      // The load test is one viewer at thousands of requests a minute: no rate limit here.
      server = await createServer(await createSchema(), new Database(instrumented, 'neo4j'), createLogger('silent'), { rateLimitPerMinute: 0 });
      break;
    case 'neo4j-graphql':
      server = await startOther(await createNeo4jGraphQLSchema(instrumented));
      break;
    case 'plain':
      server = await startOther(createPlainSchema(instrumented));
      break;
    default: {
      const never: never = kind;
      throw new Error(`Unknown server kind ${String(never)}: expected api, neo4j-graphql or plain`);
    }
  }
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  // Load tests open many keep-alive connections; Node's default 5 s keep-alive would drop idle ones mid-run.
  server.httpServer.keepAliveTimeout = 65_000;

  const reply = (message: ServerReply, then: () => void = () => undefined): void => {
    process.send?.(message, then);
  };
  process.on('message', (message: ServerRequest) => {
    void (async () => {
      switch (message.type) {
        case 'stats':
          reply({ id: message.id, statements: recorder.statements, memory: process.memoryUsage() });
          break;
        case 'gc':
          global.gc?.();
          reply({ id: message.id, statements: recorder.statements, memory: process.memoryUsage() });
          break;
        case 'record':
          recorder.startRecording();
          reply({ id: message.id, statements: recorder.statements, memory: process.memoryUsage() });
          break;
        case 'profile': {
          const statements = recorder.stopRecording();
          reply({ id: message.id, statements: recorder.statements, memory: process.memoryUsage(), profile: await profileRequest(driver, statements) });
          break;
        }
        case 'stop':
          await server.stop();
          await driver.close();
          // Exits once the reply is sent, so the bench hears it before the channel closes.
          reply({ id: message.id, statements: recorder.statements, memory: process.memoryUsage() }, () => process.exit(0));
          break;
      }
    })().catch((error: unknown) => reply({ id: message.id, statements: recorder.statements, memory: process.memoryUsage(), error: String(error) }));
  });
  reply({ id: 0, statements: 0, memory: process.memoryUsage(), port: (server.httpServer.address() as AddressInfo).port });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
