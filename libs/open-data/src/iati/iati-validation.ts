import { readFile } from 'node:fs/promises';
import type { XMLFileInfo } from 'xmllint-wasm';

/**
 * Validation of IATI files against the official 2.03 schema (schema/, with its README), offline:
 * libxml2's xmllint compiled to WebAssembly, the main schema with its two includes preloaded.
 * The endpoint runs it before serving outside production; every test runs it on what it reads.
 */

export interface IatiValidation {
  valid: boolean;
  /** xmllint's messages, with their line. */
  errors: string[];
}

const SCHEMA_DIR = new URL('./schema/', import.meta.url);
const MAIN = 'iati-activities-schema.xsd';
const INCLUDED = ['iati-common.xsd', 'xml.xsd'];

let schemaFiles: Promise<{ schema: XMLFileInfo; preload: XMLFileInfo[] }> | undefined;

/** The three XSD files, read once (the build copies them beside this module: ASSETS in scripts/build.mjs). */
function loadSchema() {
  schemaFiles ??= (async () => {
    const read = async (fileName: string): Promise<XMLFileInfo> => ({ fileName, contents: await readFile(new URL(fileName, SCHEMA_DIR), 'utf8') });
    const [schema, ...preload] = await Promise.all([MAIN, ...INCLUDED].map(read));
    return { schema, preload };
  })();
  return schemaFiles;
}

/**
 * Validates an `iati-activities` file against the IATI 2.03 activity schema. The wasm module is
 * loaded on first use only: production never validates, so never loads it.
 */
export async function validateIatiXml(xml: string): Promise<IatiValidation> {
  const [{ validateXML, memoryPages }, { schema, preload }] = await Promise.all([import('xmllint-wasm'), loadSchema()]);
  // Room for a large file: the parsed tree takes several times its size.
  const needed = Math.ceil((Buffer.byteLength(xml) * 8) / (64 * 1024)) + memoryPages.defaultMaxMemoryPages;
  const result = await validateXML({
    xml: { fileName: 'iati-activities.xml', contents: xml },
    schema,
    preload,
    maxMemoryPages: Math.min(needed, memoryPages.GiB),
  });
  return { valid: result.valid, errors: result.errors.map((e) => (e.loc ? `line ${e.loc.lineNumber}: ${e.message}` : e.message)) };
}

/**
 * A file invalid against the schema: a bug of ours, not a refusal. mapError does not know it, so
 * behind the endpoint it is logged with xmllint's words and answered 500 `server.internalError`.
 */
export class InvalidIatiFileError extends Error {
  constructor(readonly errors: string[]) {
    super(`The IATI file is invalid against the IATI 2.03 schema: ${errors.slice(0, 20).join('; ')}`);
    this.name = 'InvalidIatiFileError';
  }
}

/** Throws InvalidIatiFileError unless `xml` is valid against the IATI 2.03 schema. */
export async function assertValidIatiXml(xml: string): Promise<void> {
  const { valid, errors } = await validateIatiXml(xml);
  if (!valid) throw new InvalidIatiFileError(errors);
}
