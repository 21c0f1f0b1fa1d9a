import fs from 'node:fs';
import path from 'node:path';
import { cypherDir } from '../paths';

/**
 * Named Cypher statements, one per file in cypher/queries, loaded once at
 * start. Reviewers read and PROFILE them as Cypher; code refers to them by
 * name, and an unknown name fails when the module loads, not at the first
 * request.
 */
const queriesDir = path.join(cypherDir, 'queries');

function loadQueries(): Map<string, string> {
  const queries = new Map<string, string>();
  for (const file of fs.readdirSync(queriesDir)) {
    if (file.endsWith('.cypher')) {
      queries.set(file.slice(0, -'.cypher'.length), fs.readFileSync(path.join(queriesDir, file), 'utf8').trim());
    }
  }
  return queries;
}

const queries = loadQueries();

/** A named query, checked to exist when the calling module is loaded. */
export function cypher(name: string): string {
  const text = queries.get(name);
  if (text === undefined) {
    throw new Error(`No Cypher query named "${name}": expected the file cypher/queries/${name}.cypher`);
  }
  return text;
}
