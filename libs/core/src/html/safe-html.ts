const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Makes text safe both between tags and inside quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Markup already built (and escaped): the one kind of value that `html` does not escape again. */
export class Html {
  constructor(readonly markup: string) {}
}

export type HtmlPart = string | Html | Html[];

/**
 * A template tag for the documents the server writes (meeting packs, e-mails, small pages): every
 * interpolated value is escaped by default, so no data text can reach the markup unescaped by
 * omission; only `Html` values (built by this tag) pass as they are.
 */
export function html(strings: TemplateStringsArray, ...parts: HtmlPart[]): Html {
  const text = (part: HtmlPart): string => (part instanceof Html ? part.markup : Array.isArray(part) ? part.map(text).join('') : escapeHtml(part));
  return new Html(strings.reduce((out, s, i) => out + s + (i < parts.length ? text(parts[i]) : ''), ''));
}
