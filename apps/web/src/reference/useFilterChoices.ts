import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { FilterChoicesDocument } from './reference.generated';
import { toApiLanguage, type Locale } from '../i18n/locales';

/** Themes, assistance types, regional organisations and States, named in the reader's language. */
export function useFilterChoices() {
  const { locale } = useIntl();
  const [{ data }] = useQuery({ query: FilterChoicesDocument, variables: { lang: toApiLanguage(locale as Locale) }, requestPolicy: 'cache-first' });
  return data ?? null;
}
