import type { ImportFileFormat } from '../gql/types';

/** The formats the API imports (docs/IMPORT.md), by the file's extension. */
const BY_EXTENSION: Record<string, ImportFileFormat> = { json: 'JSON', csv: 'CSV', xlsx: 'XLSX' };

/** What `<input type=file>` accepts. */
export const ACCEPTED = '.json,.csv,.xlsx';

/** The API's limit (5 MB once decoded): a larger file is refused here without sending it. */
export const MAX_BYTES = 5 * 1024 * 1024;

/** The import format of a file name, from its extension; null when it is none of JSON, CSV, XLSX. */
export function formatOf(fileName: string): ImportFileFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  return (extension && BY_EXTENSION[extension]) || null;
}

/** The file's bytes in base64, as the API takes them (read in the browser; nothing is uploaded first). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // A data URL ("data:<type>;base64,<data>"): only the data is wanted.
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * A problem's params (a JSON object from the API) as message values: lists read as the
 * reader's language lists them (`list`), and codes the catalogues know said by `label`.
 */
export function problemValues(
  params: string | null,
  list: (items: string[]) => string,
  label: (name: string, value: string) => string | null,
): Record<string, string | number> {
  let parsed: unknown;
  try {
    parsed = params ? JSON.parse(params) : {};
  } catch {
    return {};
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (Array.isArray(value)) values[name] = list(value.map(String));
    else if (typeof value === 'number') values[name] = value;
    else if (typeof value === 'string') values[name] = label(name, value) ?? value;
    else if (value !== null && value !== undefined) values[name] = String(value);
  }
  return values;
}
