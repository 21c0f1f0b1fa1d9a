import { buildSchema, GraphQLObjectType, GraphQLSchema } from 'graphql';
import neo4j, { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { fromCents } from '../src/domain/money';

/**
 * The N+1 baseline: a minimal hand-written schema whose resolvers each run
 * their own query for their own parent, with no DataLoader and no joining,
 * as resolvers are commonly first written. A page of 100 persons with
 * household, employers, holdings and manager (and the manager's branch)
 * costs 1 + 100 × 4 + 100 statements.
 */
const typeDefs = /* GraphQL */ `
  type Query {
    persons(after: String!, first: Int!): [Person!]!
  }
  type Person {
    id: ID!
    name: String!
    aum: String!
    household: Membership
    employments: [Employment!]!
    holdings: [Holding!]!
    manager: Staff
  }
  type Membership { role: String! household: Household! }
  type Household { id: ID! name: String! }
  type Employment { title: String organization: Organization! }
  type Organization { id: ID! name: String! }
  type Holding { balance: String! product: Product! }
  type Product { id: ID! name: String! }
  type Staff { id: ID! name: String! branch: Branch }
  type Branch { id: ID! name: String! }
`;

type Row = Record<string, unknown>;
type Resolve = (parent: Row, args: Row) => unknown;

async function read<T>(driver: Driver, query: string, params: Row, map: (record: Neo4jRecord) => T): Promise<T[]> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(query, params));
    return result.records.map(map);
  } finally {
    await session.close();
  }
}

const props = (record: Neo4jRecord, key: string): Row => (record.get(key) as { properties: Row }).properties;

export function createPlainSchema(driver: Driver): GraphQLSchema {
  const schema = buildSchema(typeDefs);
  const resolvers: Record<string, Record<string, Resolve>> = {
    Query: {
      persons: (_parent, { after, first }) =>
        read(driver, 'MATCH (p:Person) WHERE p.id > $after RETURN p ORDER BY p.id LIMIT $first', { after, first: neo4j.int(first as number) }, (r) => props(r, 'p')),
    },
    Person: {
      aum: (person) => fromCents(person.aumCents as number),
      household: async (person) =>
        (await read(driver, 'MATCH (:Person {id: $id})-[m:MEMBER_OF]->(h:Household) RETURN m.role AS role, h', { id: person.id }, (r) => ({
          role: r.get('role'),
          household: props(r, 'h'),
        })))[0] ?? null,
      employments: (person) =>
        read(driver, 'MATCH (:Person {id: $id})-[w:WORKS_AT]->(o:Organization) RETURN w.title AS title, o', { id: person.id }, (r) => ({
          title: r.get('title'),
          organization: props(r, 'o'),
        })),
      holdings: (person) =>
        read(driver, 'MATCH (:Person {id: $id})-[x:HOLDS]->(pr:Product) RETURN x.balanceCents AS balance, pr', { id: person.id }, (r) => ({
          balance: fromCents(r.get('balance')),
          product: props(r, 'pr'),
        })),
      manager: async (person) =>
        (await read(driver, 'MATCH (:Person {id: $id})-[:MANAGED_BY]->(s:Staff) RETURN s', { id: person.id }, (r) => props(r, 's')))[0] ?? null,
    },
    Staff: {
      branch: async (staff) =>
        (await read(driver, 'MATCH (:Staff {id: $id})-[:BASED_AT]->(b:Branch) RETURN b', { id: staff.id }, (r) => props(r, 'b')))[0] ?? null,
    },
  };
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const [fieldName, resolve] of Object.entries(fields)) {
      type.getFields()[fieldName].resolve = (parent: Row, args: Row) => resolve(parent, args);
    }
  }
  return schema;
}

/** The nested page through the plain schema: the same fields as ours. */
export const plainNestedPage = /* GraphQL */ `
  query ($after: String!) {
    persons(after: $after, first: 100) {
      id name aum
      household { role household { name } }
      employments { title organization { name } }
      holdings { balance product { name } }
      manager { name branch { name } }
    }
  }
`;
