import { describe, expect, it } from '@jest/globals';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { toRefusal } from './refusal';

const error = (extensions: Record<string, unknown>) => new CombinedError({ graphQLErrors: [new GraphQLError('English message', { extensions })] });
const knows = (ids: string[]) => (id: string) => ids.includes(id);

describe('toRefusal', () => {
  it('says the reason with its parameters when the catalogue knows it', () => {
    const r = toRefusal(error({ code: 'CONFLICT', reason: 'funding.pastGap', params: { gap: '10.00', currency: 'EUR' } }), knows(['reason.funding.pastGap']));
    expect(r).toEqual({ code: 'CONFLICT', id: 'reason.funding.pastGap', values: { gap: '10.00', currency: 'EUR' }, fields: {} });
  });
  it('falls back to the code when the reason is unknown', () => {
    expect(toRefusal(error({ code: 'FORBIDDEN', reason: 'new.thing' }), knows([])).id).toBe('refusal.forbidden');
  });
  it('puts field problems at their argument path', () => {
    const r = toRefusal(
      error({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.email', message: 'x', reason: 'field.required', params: {} },
          { field: 'input.name', message: 'y' },
        ],
      }),
      knows(['reason.field.required']),
    );
    expect(r.fields).toEqual({ 'input.email': { id: 'reason.field.required', values: {} }, 'input.name': { id: 'refusal.fieldInvalid', values: {} } });
  });
  it('adds the wait to a throttled request', () => {
    expect(toRefusal(error({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 30 }), knows([])).values).toEqual({ seconds: 30 });
  });
  it('calls a network failure by its name', () => {
    expect(toRefusal(new CombinedError({ networkError: new Error('offline') }), knows([])).code).toBe('NETWORK');
  });
});
