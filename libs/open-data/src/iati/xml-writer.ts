/**
 * A small XML writer for the IATI files: elements as plain objects, rendered with indentation.
 * Text is escaped here and nowhere else, so a title with `&`, `<` or quotes cannot break a file.
 */

/** An element: its attributes (null and undefined left out) and its content, elements or text. */
export interface XmlElement {
  name: string;
  attrs?: Readonly<Record<string, string | number | null | undefined>>;
  /** Strings are text; null, undefined and false are left out (optional parts). */
  children?: readonly (XmlElement | string | null | undefined | false)[];
}

/**
 * Characters XML 1.0 forbids anywhere (C0 controls other than tab, line feed and carriage return;
 * U+FFFE and U+FFFF; surrogates not in a pair): a text pasted from elsewhere may carry them, and
 * one would make the whole file unreadable, so they are dropped.
 */
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
// In attributes a parser turns tab, line feed and carriage return into spaces unless escaped.
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;' };

/** A text as XML character data: forbidden characters dropped, markup characters escaped (a carriage return kept as &#13;). */
export function escapeText(value: string): string {
  return value.replace(FORBIDDEN, '').replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
}

/** A value as a double-quoted attribute's content (quotes and white space escaped too). */
export function escapeAttribute(value: string): string {
  return value.replace(FORBIDDEN, '').replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}

/** One element and its content, indented by `depth` levels (two spaces each); an element holding only text stays on one line. */
export function renderElement(element: XmlElement, depth = 0): string {
  const indent = '  '.repeat(depth);
  let open = `${indent}<${element.name}`;
  for (const [name, value] of Object.entries(element.attrs ?? {})) {
    if (value !== null && value !== undefined) open += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  const children = (element.children ?? []).filter((c): c is XmlElement | string => c !== null && c !== undefined && c !== false);
  if (!children.length) return `${open}/>`;
  if (children.every((c) => typeof c === 'string')) return `${open}>${children.map(escapeText).join('')}</${element.name}>`;
  const inner = children.map((c) => (typeof c === 'string' ? `${indent}  ${escapeText(c)}` : renderElement(c, depth + 1)));
  return `${open}>\n${inner.join('\n')}\n${indent}</${element.name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
