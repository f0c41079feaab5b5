import { useIntl } from 'react-intl';
import type { EnumFamily } from '../i18n/families';
import type { MessageId } from '../i18n/messages';

/** The reader's word for an API code (`needStatus.PUBLISHED`); the catalogue test covers each. */
export function useEnumLabel(): (family: EnumFamily, value: string) => string {
  const intl = useIntl();
  return (family, value) => intl.formatMessage({ id: `${family}.${value}` as MessageId });
}
