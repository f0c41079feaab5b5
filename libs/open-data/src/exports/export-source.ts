import type { AuthUser, LoaderSource, Page, UnLanguage } from '#libs/core';
import type { ColumnKey, ExportSheet } from './export-labels.js';
import type { Cell, CellKind } from './table-writers.js';

/** One column of an export: its header's key, how its cells are written, and the cell of a row. */
export interface ExportColumn<R> {
  key: ColumnKey;
  kind: CellKind;
  value: (row: R) => Cell;
}

/** What an export is read with: who asks (the lists' own visibility rules apply), in which language. */
export interface ExportContext {
  viewer: AuthUser | undefined;
  lang: UnLanguage;
  /** The web app's address, for each record's link. */
  publicUrl: string;
}

/** A list ready to be written: its sheet, its file's name, its columns and its rows, page by page. */
export interface ExportSource<R> {
  sheet: ExportSheet;
  fileStem: string;
  columns: ExportColumn<R>[];
  /** Pages of rows in the list's own order, read as the file is written. */
  pages: PageReader<R>;
}

/**
 * Reads the next page of a list (null after the last). A plain async function rather than an
 * async generator: a generator suspended at `yield` keeps its page alive while the file waits
 * for its reader, which promoted every page out of the young generation and made garbage
 * collection the main cost of a large export.
 */
export type PageReader<R> = () => Promise<R[] | null>;

/** Rows read from the database at a time: few round trips, little memory (a page is written, then dropped). */
export const EXPORT_PAGE_SIZE = 250;

/**
 * Walks a keyset-paged list from its first page to its last, a page at a time, with the list's
 * own service (so its filters, sort and visibility rules are exactly the list's).
 */
export function walkPages<T>(read: (after: string | null) => Promise<Page<T>>): PageReader<T> {
  let after: string | null = null;
  let done = false;
  return async () => {
    while (!done) {
      const page = await read(after);
      done = !page.hasNextPage;
      after = page.cursors.at(-1) ?? null;
      if (page.rows.length) return page.rows;
    }
    return null;
  };
}

/** Pages of a list, each turned into export rows (e.g. with names loaded for the page at once). */
export function mapPages<T, R>(next: PageReader<T>, map: (rows: T[]) => Promise<R[]> | R[]): PageReader<R> {
  return async () => {
    const rows = await next();
    return rows && map(rows);
  };
}

/** One page made of figures already computed (a dashboard). */
export function onePage<R>(rows: R[]): PageReader<R> {
  let given = false;
  return () => {
    const page = given || !rows.length ? null : rows;
    given = true;
    return Promise.resolve(page);
  };
}

/** A list of codes in one cell, in the order given. */
export const codes = (values: readonly string[] | null | undefined): string | null => (values?.length ? values.join('; ') : null);

/** An instant as ISO 8601 (UTC), a date as it is. */
export const instant = (value: Date | null | undefined): string | null => (value ? value.toISOString() : null);

/** Names of organisations by id, for one page (one query), from a source such as `OrganisationsService.byId`. */
export async function namesById(source: LoaderSource<string, { id: string; name: string }>, ids: Iterable<string>): Promise<Map<string, string>> {
  const found = await source.batchLoad([...new Set(ids)]);
  return new Map(found.flatMap((o) => (o ? [[o.id, o.name] as const] : [])));
}
