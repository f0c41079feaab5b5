import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import type { CombinedError } from 'urql';
import { useLocale } from '../app/LocaleProvider';
import { toRefusal, type Refusal } from './refusal';

/**
 * The refusal of an urql error, ready to say with formatMessage. The first error asks for the
 * reasons' catalogue; until it arrives (a few ms) the refusal is said by its code.
 */
export function useRefusal(error: CombinedError | undefined): Refusal | null {
  const intl = useIntl();
  const { needReasons } = useLocale();
  useEffect(() => {
    if (error) needReasons();
  }, [error, needReasons]);
  if (!error) return null;
  return toRefusal(error, (id) => id in intl.messages);
}
