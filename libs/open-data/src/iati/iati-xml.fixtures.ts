import { SaxesParser } from 'saxes';
import { validateIatiXml } from './iati-validation.js';

/** For tests: an IATI file read back by a strict XML parser, and checked against the schema. */

export interface ParsedElement {
  name: string;
  attrs: Record<string, string>;
  children: ParsedElement[];
  /** The element's own text, decoded. */
  text: string;
}

/** Parses XML (throws on anything not well-formed) into a tree of elements with decoded text and attributes. */
export function parseXml(xml: string): ParsedElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: ParsedElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  let failure: Error | undefined;
  parser.on('error', (e) => (failure ??= e));
  parser.on('opentag', (tag) => {
    const element: ParsedElement = { name: tag.name, attrs: { ...(tag.attributes as Record<string, string>) }, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => (stack.at(-1)!.text += text));
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  if (failure) throw failure;
  return root.children[0];
}

/** Every descendant named `name`, in document order. */
export function findAll(element: ParsedElement, name: string): ParsedElement[] {
  return element.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}

/** The direct children named `name`. */
export function childrenNamed(element: ParsedElement, name: string): ParsedElement[] {
  return element.children.filter((c) => c.name === name);
}

/** Fails with xmllint's words unless `xml` is valid against the IATI 2.03 schema. */
export async function expectValidIati(xml: string): Promise<void> {
  const { valid, errors } = await validateIatiXml(xml);
  if (!valid) throw new Error(`invalid against the IATI 2.03 schema:\n${errors.join('\n')}\n--- file ---\n${xml.slice(0, 4000)}`);
}
