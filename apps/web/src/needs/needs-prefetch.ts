import type { Client } from '@urql/core';
import { prefetchQuery } from '../app/prefetch';
import type { Locale } from '../i18n/locales';
import { NeedsListDocument } from './needs.generated';
import { needsListVariables, parseNeedsQuery } from './needs-query';

/** The needs list of the address, asked while the page's code is still arriving. */
export function prefetch(client: Client, search: string, locale: Locale): void {
  prefetchQuery(client, NeedsListDocument, needsListVariables(parseNeedsQuery(search), locale));
}
