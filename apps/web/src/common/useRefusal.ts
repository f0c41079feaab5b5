import { useIntl } from 'react-intl';
import type { CombinedError } from 'urql';
import { toRefusal, type Refusal } from './refusal';

/** The refusal of an urql error, ready to say with formatMessage. */
export function useRefusal(error: CombinedError | undefined): Refusal | null {
  const intl = useIntl();
  if (!error) return null;
  return toRefusal(error, (id) => id in intl.messages);
}
