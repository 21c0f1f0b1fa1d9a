import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { DocumentNode, OperationDefinitionNode, parse } from 'graphql';
import { loadSettings, serverLimitsOf } from '../src/config';
import { checkQuery, QueryLimits, rememberedLimitsCheck } from '../src/graphql/query-limits';
import { createSchema } from '../src/graphql/schema';
import { operations } from './operations';

/**
 * `node dist/bench/query-limits-check.js`: what the query limits cost per
 * request, in process, for the bench's nested page of 100 persons: checked
 * every time, remembered (the same text with other ids, as clients send it),
 * and a text seen for the first time. No database: only the check itself.
 */
const ROUNDS = Number(process.env.ROUNDS ?? 20_000);

function microseconds(run: (i: number) => void): number {
  for (let i = 0; i < ROUNDS / 10; i += 1) run(i); // warm-up: the JIT, and the caches where there are any
  const started = process.hrtime.bigint();
  for (let i = 0; i < ROUNDS; i += 1) run(i);
  return Number(process.hrtime.bigint() - started) / 1000 / ROUNDS;
}

async function main(): Promise<void> {
  const schema = await createSchema();
  const { queryMaxCost, queryMaxDepth } = serverLimitsOf(loadSettings({}));
  const limits: QueryLimits = { maxCost: queryMaxCost, maxDepth: queryMaxDepth };
  const text = operations.find((operation) => operation.name === 'persons of a branch, page of 100 (nested)')!.query;
  const document: DocumentNode = parse(text);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const queryHash = createHash('sha256').update(text).digest('hex');
  const variables = (i: number) => ({ id: `B${String(i % 1000).padStart(3, '0')}` });

  const everyTime = microseconds((i) => checkQuery(schema, document, operation, undefined, variables(i), limits));
  const remembered = rememberedLimitsCheck(limits);
  const hit = microseconds((i) => remembered({ schema, document, operation, operationName: undefined, variables: variables(i), queryHash }));
  const fresh = rememberedLimitsCheck(limits);
  const miss = microseconds((i) => fresh({ schema, document, operation, operationName: undefined, variables: variables(i), queryHash: `${queryHash}${i}` }));
  console.log(`query limits of "${text.slice(0, 60)}…", ${ROUNDS} rounds each, µs per request:`);
  console.log(`  checked every time: ${everyTime.toFixed(1)}`);
  console.log(`  remembered (same text, other ids): ${hit.toFixed(1)}`);
  console.log(`  a text not seen before (check, then remember): ${miss.toFixed(1)}`);
}

void main();
