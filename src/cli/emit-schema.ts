import 'reflect-metadata';
import fs from 'node:fs';
import { createSchema, printSortedSchema } from '../graphql/schema';
import { schemaFile } from '../paths';

/** `npm run schema`: writes the SDL to schema/schema.graphql, to commit with the change. */
async function main(): Promise<void> {
  fs.writeFileSync(schemaFile, printSortedSchema(await createSchema()));
  console.log(`wrote ${schemaFile}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
