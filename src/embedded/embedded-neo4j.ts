import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { launcherDir } from '../paths';

/**
 * Node's side of the Java launcher in neo4j-launcher/: builds it with Maven
 * when needed, starts it, waits for its ready line, and stops it cleanly.
 */

const launcherJar = path.join(launcherDir, 'target', 'neo4j-launcher.jar');
const launcherLib = path.join(launcherDir, 'target', 'lib');
const launcherSources = [path.join(launcherDir, 'pom.xml'), path.join(launcherDir, 'src')];

/** Flags the Neo4j server itself runs with; without them netty fails on DirectByteBuffer. */
const jvmFlags = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
];

export interface EmbeddedSettings {
  port: number;
  dataDir: string;
  heapSize: string;
  pageCacheSize: string;
  /** Called with each line the launcher prints, e.g. to log it. */
  onOutput?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export class MissingToolError extends Error {}

function requireTool(command: string, args: string[], advice: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new MissingToolError(`${command} was not found or does not run. ${advice}`);
  }
  return `${result.stdout}${result.stderr}`;
}

function javaMajorVersion(output: string): number {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return 0;
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

function newestModification(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((entry) => newestModification(path.join(target, entry))));
}

function launcherIsBuilt(): boolean {
  if (!fs.existsSync(launcherJar) || !fs.existsSync(launcherLib)) return false;
  const builtAt = fs.statSync(launcherJar).mtimeMs;
  return launcherSources.every((source) => newestModification(source) <= builtAt);
}

/** Checks Java 17+ and, if the launcher is missing or stale, builds it with Maven. */
export function ensureLauncherBuilt(log: (message: string) => void = () => undefined): void {
  const javaVersion = javaMajorVersion(
    requireTool('java', ['-version'], 'Install a Java 17+ runtime, e.g. `apt-get install openjdk-17-jdk-headless`.'),
  );
  if (javaVersion < 17) {
    throw new MissingToolError(`Java ${javaVersion} found; Neo4j 5.26 needs Java 17 or newer.`);
  }
  if (launcherIsBuilt()) return;
  requireTool('mvn', ['-v'], 'Install Maven to build the Neo4j launcher, e.g. `apt-get install maven`.');
  log('Building the Neo4j launcher with Maven (first run downloads Neo4j from Maven Central)...');
  const build = spawnSync('mvn', ['-B', '-q', 'package', 'dependency:copy-dependencies'], {
    cwd: launcherDir,
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    throw new Error(`Building the Neo4j launcher failed:\n${build.stdout}\n${build.stderr}`);
  }
}

/** A TCP port nobody listens on now, for a test's own database. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

/**
 * Starts Neo4j in a child JVM and resolves when Bolt accepts connections.
 * The child watches its stdin, so it stops with us even if we crash.
 */
export function startEmbeddedNeo4j(settings: EmbeddedSettings): Promise<EmbeddedNeo4j> {
  fs.mkdirSync(settings.dataDir, { recursive: true });
  const child = spawn(
    'java',
    [
      `-Xms${settings.heapSize}`,
      `-Xmx${settings.heapSize}`,
      ...jvmFlags,
      '-cp',
      `${launcherJar}${path.delimiter}${path.join(launcherLib, '*')}`,
      'bank.graph.launcher.Launcher',
      '--exit-on-stdin-close',
    ],
    {
      env: {
        ...process.env,
        NEO4J_BOLT_PORT: String(settings.port),
        NEO4J_DATA_DIR: settings.dataDir,
        NEO4J_PAGECACHE_SIZE: settings.pageCacheSize,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };

  return new Promise((resolve, reject) => {
    const errorTail: string[] = [];
    const onLine = (line: string): void => {
      settings.onOutput?.(line);
      if (line.startsWith('NEO4J_READY ')) {
        resolve({ uri: line.slice('NEO4J_READY '.length).trim(), process: child, stop });
      }
    };
    splitLines(child.stdout!, onLine);
    splitLines(child.stderr!, (line) => {
      errorTail.push(line);
      if (errorTail.length > 30) errorTail.shift();
      settings.onOutput?.(line);
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`The Neo4j launcher exited (code ${code}) before it was ready:\n${errorTail.join('\n')}`)),
    );
  });
}

function splitLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    lines.forEach(onLine);
  });
}
