import fs from 'node:fs';
import path from 'node:path';

/**
 * The project's root folder, found by walking up to package.json, so paths
 * are the same whether code runs from src/ (tests) or dist/src/ (built).
 */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(__dirname);
export const cypherDir = path.join(projectRoot, 'cypher');
export const launcherDir = path.join(projectRoot, 'neo4j-launcher');
export const schemaFile = path.join(projectRoot, 'schema', 'schema.graphql');
