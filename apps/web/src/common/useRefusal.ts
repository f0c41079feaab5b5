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

/**
 * The API's word on one field of the input (`input.<field>` in `extensions.fields`), in the
 * reader's language, to show beside that field; undefined when it said nothing of it.
 */
export function useFieldProblem(refusal: Refusal | null): (field: string) => string | undefined {
  const intl = useIntl();
  return (field) => {
    const problem = refusal?.fields[`input.${field}`];
    return problem ? intl.formatMessage({ id: problem.id }, problem.values) : undefined;
  };
}

/** Whether the API refused with this reason (`need.staleVersion`: someone else saved first). */
export const refusedWith = (error: CombinedError | undefined, reason: string): boolean => error?.graphQLErrors[0]?.extensions?.reason === reason;
