// Front-end code against the TypedDocumentNodes generated from operations.graphql:
// test/integration/apollo-client.int.test.ts copies it beside the generated
// graphql.ts and type-checks both (so tsconfig.json leaves test/clients out).
// The @ts-expect-error lines must stay errors: they prove the documents carry
// real variable and result types, not `any`.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import {
  AttentionListDocument,
  NodeByIdDocument,
  PersonDetailDocument,
  PersonListDocument,
  RecordHoldingDocument,
  UpsertPersonDocument,
  type PersonDetailQuery,
  type UserErrorCode,
} from './graphql';

const client = new ApolloClient({ link: new HttpLink({ uri: '/graphql' }), cache: new InMemoryCache() });

export async function personName(id: string): Promise<string | null> {
  const { data } = await client.query({ query: PersonDetailDocument, variables: { id } });
  const person: PersonDetailQuery['person'] | undefined = data?.person;
  // @ts-expect-error the id is required
  await client.query({ query: PersonDetailDocument, variables: {} });
  // @ts-expect-error the person may be null
  const notNull: { name: string } = data!.person;
  void notNull;
  return person?.name ?? null;
}

export async function firstPage(after: string | null): Promise<{ ids: string[]; next: string | null }> {
  const { data } = await client.query({
    query: PersonListDocument,
    variables: { filter: { status: 'ACTIVE', tier: 'GOLD' }, orderBy: { field: 'AUM', direction: 'DESC' }, first: 20, after },
  });
  // @ts-expect-error an unknown status
  await client.query({ query: PersonListDocument, variables: { filter: { status: 'SLEEPING' } } });
  const persons = data?.persons;
  return { ids: persons?.edges.map((edge) => edge.node.id) ?? [], next: persons?.pageInfo.hasNextPage ? (persons.pageInfo.endCursor ?? null) : null };
}

export async function typeOf(id: string): Promise<string | null> {
  const { data } = await client.query({ query: NodeByIdDocument, variables: { id } });
  const node = data?.node;
  if (node?.__typename === 'Person' || node?.__typename === 'Organization') return `${node.__typename} ${node.name}`;
  return node?.__typename ?? null;
}

export async function dueCalls(staffId: string): Promise<number> {
  const { data } = await client.query({ query: AttentionListDocument, variables: { staffId, first: 10 } });
  return data?.attentionList?.edges.reduce((sum, edge) => sum + edge.node.score, 0) ?? 0;
}

export async function rename(id: string, name: string): Promise<UserErrorCode[]> {
  const { data } = await client.mutate({ mutation: UpsertPersonDocument, variables: { input: { id, name } } });
  // @ts-expect-error a holding's balance is required
  await client.mutate({ mutation: RecordHoldingDocument, variables: { input: { holderId: id, productId: 'F1' } } });
  return data?.upsertPerson.userErrors.map((problem) => problem.code) ?? [];
}
