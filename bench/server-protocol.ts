import type { RequestProfile } from './profile';

/** Which GraphQL implementation a server process serves. */
export type ServerKind = 'api' | 'neo4j-graphql' | 'plain';

/** What the bench asks a server process (over the fork IPC channel). */
export interface ServerRequest {
  id: number;
  /** stats: counters and memory; gc: the same after a forced GC; record / profile: the statements of the requests in between, under PROFILE; stop. */
  type: 'stats' | 'gc' | 'record' | 'profile' | 'stop';
}

export interface ServerReply {
  id: number;
  /** Statements sent to Neo4j since the process started. */
  statements: number;
  memory: NodeJS.MemoryUsage;
  /** Only in the first message: the port it listens on. */
  port?: number;
  profile?: RequestProfile;
  error?: string;
}
