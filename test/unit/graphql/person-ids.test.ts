import { buildSchema } from 'graphql';
import { pseudonymiseIds } from '../../../src/graphql/person-ids';

const types = 'type Person { id: ID! } type UserError { message: String! }';
const build = (query: string) => () => pseudonymiseIds(buildSchema(`${types} ${query}`), () => null);

describe('person ids in the schema', () => {
  it('must be classified: an ID argument or input field of an unknown name stops the build, naming it', () => {
    expect(build('input Filter { widgetId: ID } type Query { things(filter: Filter): [Person!]! }')).toThrow('Filter.widgetId');
    expect(build('type Query { thing(widgetId: ID!): Person }')).toThrow('Query.thing.widgetId');
    expect(build('type Query { thing(personId: ID!, staffId: ID, id: ID): Person }')).not.toThrow();
  });

  it('may name staff as well as persons only where an unknown id can be answered without the field', () => {
    const schema = buildSchema(`${types} type Query { tree(rootId: ID!): Person! }`);
    const unknownAnswer = (field: { name: string }) => {
      throw new Error(`${field.name} cannot be withheld`);
    };
    expect(() => pseudonymiseIds(schema, unknownAnswer)).toThrow('tree cannot be withheld');
  });
});
