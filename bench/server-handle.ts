import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import type { RequestProfile } from './profile';
import type { ServerKind, ServerReply, ServerRequest } from './server-protocol';

/** Memory of a server process, in MiB. */
export interface MemoryMiB {
  rss: number;
  heapUsed: number;
  heapTotal: number;
}

const mib = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

export function toMiB(memory: NodeJS.MemoryUsage): MemoryMiB {
  return { rss: mib(memory.rss), heapUsed: mib(memory.heapUsed), heapTotal: mib(memory.heapTotal) };
}

/**
 * The bench's side of a server process (server-process.ts): forks it,
 * waits for its port, and asks it for statement counts, memory and
 * PROFILEs of a request's statements.
 */
export class ServerHandle {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: ServerReply) => void>();

  private constructor(
    readonly kind: ServerKind,
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.on('message', (reply: ServerReply) => {
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
  }

  static start(kind: ServerKind, neo4jUri: string): Promise<ServerHandle> {
    const child = fork(path.join(__dirname, 'server-process.js'), [kind], {
      // BENCH_SERVER_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, profiles the servers under test.
      execArgv: ['--expose-gc', ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [])],
      // Servers run as deployed: NODE_ENV=production also drops graphql-js's development checks.
      env: { ...process.env, NODE_ENV: 'production', BENCH_NEO4J_URI: neo4jUri },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the ${kind} server process exited with code ${code} before listening`)));
      child.once('message', (reply: ServerReply) => {
        child.removeAllListeners('exit');
        resolve(new ServerHandle(kind, child, `http://127.0.0.1:${reply.port}/graphql`));
      });
    });
  }

  private ask(type: ServerRequest['type']): Promise<ServerReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (reply) => (reply.error ? reject(new Error(`${this.kind} server: ${reply.error}`)) : resolve(reply)));
      this.child.send({ id, type } satisfies ServerRequest);
    });
  }

  async statements(): Promise<number> {
    return (await this.ask('stats')).statements;
  }

  /** Memory now; after a forced full GC when `collect` (what is retained, not garbage not yet collected). */
  async memory(collect: boolean): Promise<MemoryMiB> {
    return toMiB((await this.ask(collect ? 'gc' : 'stats')).memory);
  }

  /** Runs `request` while the server records its statements, then PROFILEs them. */
  async profile(request: () => Promise<unknown>): Promise<RequestProfile> {
    await this.ask('record');
    const started = performance.now();
    await request();
    const requestMs = performance.now() - started;
    const reply = await this.ask('profile');
    if (!reply.profile) throw new Error(`${this.kind} server sent no profile`);
    return { ...reply.profile, requestMs };
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await Promise.race([this.ask('stop').catch(() => undefined), exited]);
    await exited;
  }
}
