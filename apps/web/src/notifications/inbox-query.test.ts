import { describe, expect, it } from '@jest/globals';
import { inboxQueryString, parseInboxQuery } from './inbox-query';

describe('the inbox view in the URL', () => {
  it('reads the filter and the cursor and writes them back the same', () => {
    const q = parseInboxQuery('?unread=1&after=eyJpZCI6MX0%3D');
    expect(q).toEqual({ unreadOnly: true, after: 'eyJpZCI6MX0=' });
    expect(inboxQueryString(q)).toBe('?unread=1&after=eyJpZCI6MX0%3D');
  });
  it('shows everything from the first page by default', () => {
    expect(parseInboxQuery('')).toEqual({ unreadOnly: false, after: null });
    expect(inboxQueryString({ unreadOnly: false, after: null })).toBe('');
  });
  it('takes only unread=1 as the filter and drops the rest', () => {
    expect(parseInboxQuery('?unread=yes&after=&x=1')).toEqual({ unreadOnly: false, after: null });
  });
});
