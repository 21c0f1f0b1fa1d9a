import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../src/paths';

/** What the figures were measured on: they mean little without it. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  java: string;
  neo4j: string;
  neo4jHeap: string;
  neo4jPageCache: string;
  neo4jGraphQL: string;
  autocannon: string;
}

/** `java -version` prints to stderr. */
function javaVersion(): string {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return `${result.stderr}${result.stdout}`.split('\n')[0].trim();
}

function packageVersion(name: string): string {
  try {
    // Read from node_modules: some packages' export maps hide their package.json from require().
    return (JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

export async function describeMachine(driver: Driver, heap: string, pageCache: string): Promise<Machine> {
  const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition', {}, { database: 'system' });
  const neo4j = records.map((r) => `${r.get('name')} ${r.get('version')} ${r.get('edition')}`).join(', ');
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: javaVersion(),
    neo4j: `${neo4j} (embedded, neo4j-launcher)`,
    neo4jHeap: heap,
    neo4jPageCache: pageCache,
    neo4jGraphQL: packageVersion('@neo4j/graphql'),
    autocannon: packageVersion('autocannon'),
  };
}

/** The machine's load right now, as `uptime` prints it: other people's tests share these cores. */
export function machineLoad(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}`;
  }
}
