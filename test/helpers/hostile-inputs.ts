import type { TestApi } from './test-api';

/**
 * Strings an attacker sends hoping they become Cypher, or break the server:
 * each carries `marker`, so anything they manage to create can be found.
 * A node labelled Pwned, or a property holding the marker where the test
 * did not store it as data, means an injection got through.
 */
export function hostileStrings(marker: string): string[] {
  return [
    `${marker}' OR 1=1 //`,
    `${marker}" OR "1"="1`,
    `${marker}'}) MATCH (n) DETACH DELETE n //`,
    `${marker}"}) MATCH (n) DETACH DELETE n //`,
    `${marker}') CREATE (:Pwned {id: '${marker}'}) //`,
    `${marker}\`}) CREATE (:Pwned {id: "${marker}"}) RETURN 1 //`,
    `${marker}' WITH 1 AS x MATCH (n) SET n.pwned = '${marker}' //`,
    `${marker}\\' UNION MATCH (n) RETURN n //`,
    `${marker}' CALL dbms.components() YIELD name RETURN name //`,
    `${marker}' LOAD CSV FROM 'http://127.0.0.1:1/x' AS r RETURN r //`,
    `${marker}\u0000' DETACH DELETE n`,
    `${marker}/*`,
    `${marker}*/ MATCH (n) DELETE n /*`,
    `$${marker}`,
    `{${marker}}`,
    `${marker} \u202e\u200b\ud83d\ude00 王* 𠜎`,
    `${marker}\n\r\t\\`,
    `${marker}%00%27`,
    `${marker}${'x'.repeat(5000)}`,
  ];
}

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  /** Every property of every node and relationship carrying the prefix, in order. */
  properties: string;
}

/**
 * Scores refreshInsights stores on every person of the database: another
 * suite refreshing at the same time writes them on this suite's persons too.
 */
const sharedScores = ['pagerank', 'betweenness'];

/** The nodes whose id carries `prefix`, their relationships and properties (but sharedScores): to prove nothing changed. */
export async function fingerprint(api: TestApi, prefix = api.prefix): Promise<GraphFingerprint> {
  const [row] = await api.cypher(
    `MATCH (n) WHERE n.id STARTS WITH $prefix
     OPTIONAL MATCH (n)-[r]-()
     WITH collect(DISTINCT n) AS nodes, collect(DISTINCT r) AS rels
     RETURN size(nodes) AS nodes, size(rels) AS relationships,
            [n IN nodes | [labels(n), properties(n)]] AS nodeProps, [r IN rels | [type(r), properties(r)]] AS relProps`,
    { prefix },
  );
  const withoutScores = ([labels, properties]: [string[], Record<string, unknown>]) => [
    labels,
    Object.fromEntries(Object.entries(properties).filter(([key]) => !sharedScores.includes(key))),
  ];
  const sorted = (list: unknown[]) => list.map((item) => JSON.stringify(item)).sort();
  return {
    nodes: Number(row.nodes),
    relationships: Number(row.relationships),
    properties: JSON.stringify([sorted(row.nodeProps.map(withoutScores)), sorted(row.relProps)]),
  };
}

/**
 * Traces of a successful injection anywhere in the graph: Pwned nodes, and
 * properties holding the marker on nodes (and relationships from nodes)
 * other than those whose id starts with `storedUnder`, where a test stored
 * it as data on purpose, and those with one of `dataLabels`.
 */
export async function injectionTraces(
  api: TestApi,
  marker: string,
  storedUnder: string | null = null,
  dataLabels: string[] = [],
): Promise<{ pwned: number; marked: number; labels: string[] }> {
  const [row] = await api.cypher(
    `CALL { MATCH (p:Pwned) RETURN count(p) AS pwned }
     CALL {
       MATCH (n) WHERE ($storedUnder IS NULL OR NOT coalesce(n.id, '') STARTS WITH $storedUnder) AND none(l IN labels(n) WHERE l IN $dataLabels)
         AND any(k IN keys(n) WHERE n[k] IS :: STRING NOT NULL AND n[k] CONTAINS $marker)
       RETURN count(n) AS markedNodes
     }
     CALL {
       MATCH (a)-[r]->() WHERE ($storedUnder IS NULL OR NOT coalesce(a.id, '') STARTS WITH $storedUnder)
         AND any(k IN keys(r) WHERE r[k] IS :: STRING NOT NULL AND r[k] CONTAINS $marker)
       RETURN count(r) AS markedRels
     }
     CALL { CALL db.labels() YIELD label WITH label WHERE label CONTAINS 'Pwned' OR label CONTAINS $marker RETURN collect(label) AS labels }
     RETURN pwned, markedNodes + markedRels AS marked, labels`,
    { marker, storedUnder, dataLabels },
  );
  return { pwned: Number(row.pwned), marked: Number(row.marked), labels: row.labels };
}
