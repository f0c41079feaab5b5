import type { CombinedError } from 'urql';
import type { MessageId } from '../i18n/messages';

/** What the api refused, in words the catalogues can say in the reader's language. */
export interface Refusal {
  code: string;
  /** The message id and its values: the API's reason when the catalogue knows it, else by code. */
  id: MessageId;
  values: Record<string, string | number>;
  /** Field problems by argument path (`input.email`), each said the same way. */
  fields: Record<string, { id: MessageId; values: Record<string, string | number> }>;
}

interface FieldExtension {
  field: string;
  message: string;
  reason?: string;
  params?: Record<string, string | number>;
}

const BY_CODE: Record<string, MessageId> = {
  BAD_USER_INPUT: 'refusal.badInput',
  UNAUTHENTICATED: 'refusal.unauthenticated',
  FORBIDDEN: 'refusal.forbidden',
  NOT_FOUND: 'refusal.notFound',
  CONFLICT: 'refusal.conflict',
  TOO_MANY_REQUESTS: 'refusal.tooManyRequests',
};

/**
 * Turns an urql error into a Refusal. `known` says whether a catalogue key exists (the reason
 * registry and the catalogues can be a release apart; then the code's general sentence is used).
 */
export function toRefusal(error: CombinedError, known: (id: string) => boolean): Refusal {
  if (error.networkError || error.graphQLErrors.length === 0) {
    return { code: 'NETWORK', id: 'refusal.network', values: {}, fields: {} };
  }
  const first = error.graphQLErrors[0]!;
  const ext = first.extensions ?? {};
  const code = typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR';
  const say = (reason: unknown, params: unknown, fallback: MessageId) => {
    const id = `reason.${String(reason)}`;
    return typeof reason === 'string' && known(id)
      ? { id: id as MessageId, values: (params ?? {}) as Record<string, string | number> }
      : { id: fallback, values: {} };
  };
  const fields: Refusal['fields'] = {};
  for (const f of (Array.isArray(ext.fields) ? ext.fields : []) as FieldExtension[]) {
    fields[f.field] = say(f.reason, f.params, 'refusal.fieldInvalid');
  }
  const main = say(ext.reason, ext.params, BY_CODE[code] ?? 'refusal.internal');
  if (code === 'TOO_MANY_REQUESTS' && typeof ext.retryAfterSeconds === 'number') main.values = { ...main.values, seconds: ext.retryAfterSeconds };
  return { code, ...main, fields };
}
