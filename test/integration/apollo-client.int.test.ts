import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildSchema, DocumentNode, FragmentDefinitionNode, GraphQLSchema, Kind, parse, SelectionSetNode, validate } from 'graphql';

/**
 * An Apollo Client front end can be built on this schema with generated
 * types: test/clients/apollo/operations.graphql asks for every root Query and
 * Mutation field and validates against schema/schema.graphql; graphql-codegen
 * (typescript-operations, which in its version 6 writes the schema types an
 * operation needs itself, and typed-document-node) turns it into
 * TypedDocumentNodes; and test/clients/apollo/usage.ts, calling client.query
 * and client.mutate with them, type-checks against @apollo/client's types.
 * A contract change that breaks a front end's operations fails here.
 */
const run = promisify(execFile);
const projectRoot = path.resolve(__dirname, '../..');
const schemaFile = path.join(projectRoot, 'schema/schema.graphql');
const fixtures = path.join(projectRoot, 'test/clients/apollo');
const operationsFile = path.join(fixtures, 'operations.graphql');

let schema: GraphQLSchema;
let operations: DocumentNode;
// Inside the project (test-artifacts/ is ignored by git), so the generated code and the usage resolve @apollo/client from node_modules.
let workDir = '';

beforeAll(() => {
  schema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
  operations = parse(fs.readFileSync(operationsFile, 'utf8'));
  fs.mkdirSync(path.join(projectRoot, 'test-artifacts'), { recursive: true });
  workDir = fs.mkdtempSync(path.join(projectRoot, 'test-artifacts', 'apollo-client-'));
});
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** The root fields an operation asks for, through fragments spread or inlined at its root. */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments);
    const fragment = fragments.get(selection.name.value);
    return fragment ? rootFields(fragment.selectionSet, fragments) : [];
  });
}

describe('the Apollo fixture operations', () => {
  it('validate against schema/schema.graphql', () => {
    expect(validate(schema, operations).map((error) => error.message)).toEqual([]);
  });

  it('ask for every root Query and Mutation field', () => {
    const fragments = new Map(
      operations.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    const used = { query: new Set<string>(), mutation: new Set<string>() };
    for (const definition of operations.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'subscription') continue;
      for (const field of rootFields(definition.selectionSet, fragments)) used[definition.operation].add(field);
    }
    const missing = [
      ...Object.keys(schema.getQueryType()!.getFields()).filter((field) => !used.query.has(field)).map((field) => `Query.${field}`),
      ...Object.keys(schema.getMutationType()!.getFields()).filter((field) => !used.mutation.has(field)).map((field) => `Mutation.${field}`),
    ];
    // A new root field needs an operation in test/clients/apollo/operations.graphql.
    expect(missing).toEqual([]);
  });
});

describe('graphql-codegen and @apollo/client', () => {
  it('generates TypedDocumentNodes that front-end code type-checks against', async () => {
    const generated = path.join(workDir, 'graphql.ts');
    const config = {
      cwd: projectRoot,
      schema: schemaFile,
      documents: operationsFile,
      silent: true,
      generates: {
        [generated]: {
          plugins: ['typescript-operations', 'typed-document-node'],
          config: {
            // Money and dates travel as strings; strictScalars makes a new scalar fail here until it is mapped.
            strictScalars: true,
            scalars: { DateTime: 'string', Decimal: 'string', LocalDate: 'string' },
            enumsAsTypes: true,
            useTypeImports: true,
          },
        },
      },
    };
    // @graphql-codegen/cli's generate() in a child Node: some of the plugins' dependencies are ES modules only, which jest's module loader cannot require.
    const script = `require('@graphql-codegen/cli').generate(JSON.parse(process.argv[1]), true)
      .then((outputs) => console.log(JSON.stringify(outputs.map((output) => output.filename))))`;
    const { stdout } = await run(process.execPath, ['-e', script, JSON.stringify(config)], { cwd: projectRoot });
    const outputs = JSON.parse(stdout) as string[];
    expect(outputs).toEqual([generated]);
    const code = fs.readFileSync(generated, 'utf8');
    for (const name of ['PersonDetailDocument', 'UpsertPersonDocument', 'RefreshInsightsDocument']) {
      expect(code).toContain(`export const ${name} = `);
    }

    fs.copyFileSync(path.join(fixtures, 'usage.ts'), path.join(workDir, 'usage.ts'));
    fs.writeFileSync(
      path.join(workDir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2023', 'DOM'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          isolatedModules: true,
          types: [],
        },
        files: ['graphql.ts', 'usage.ts'],
      }),
    );
    const typecheck = await run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(workDir, 'tsconfig.json')], { cwd: workDir }).then(
      () => '',
      (failure: { stdout: string; stderr: string }) => `${failure.stdout}${failure.stderr}`,
    );
    expect(typecheck).toBe('');
  });
});
