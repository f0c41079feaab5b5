// Copies the files the compiled code reads at run time and tsc does not emit (JSON imports it
// does copy): the IATI 2.03 schema, read by libs/open-data/src/iati/iati-validation.ts beside itself.
import { cpSync } from 'node:fs';

const ASSETS = [['libs/open-data/src/iati/schema', 'dist/libs/open-data/src/iati/schema']];

for (const [from, to] of ASSETS) cpSync(from, to, { recursive: true, filter: (path) => !path.endsWith('.md') });
