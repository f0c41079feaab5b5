import { NotificationCategory } from './notification-routes.js';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token.js';

const SECRET = 'a test secret of enough length for HMAC';
const USER = '7b1f6a3e-0c1d-4e2f-9a3b-5c6d7e8f9a0b';

describe('unsubscribe tokens', () => {
  it('read back what they were made for', () => {
    expect(readUnsubscribeToken(SECRET, unsubscribeToken(SECRET, USER, NotificationCategory.MATCHES))).toEqual({
      userId: USER,
      category: NotificationCategory.MATCHES,
    });
  });

  it('refuse tampering: another user, another category, another secret, a changed signature, garbage', () => {
    const token = unsubscribeToken(SECRET, USER, NotificationCategory.MATCHES);
    const [, , mac] = token.split('.');
    expect(readUnsubscribeToken(SECRET, `${USER.replace('7b', '8b')}.MATCHES.${mac}`)).toBeNull();
    expect(readUnsubscribeToken(SECRET, `${USER}.NEEDS.${mac}`)).toBeNull();
    expect(readUnsubscribeToken('another secret entirely', token)).toBeNull();
    expect(readUnsubscribeToken(SECRET, `${token.slice(0, -2)}xx`)).toBeNull();
    expect(readUnsubscribeToken(SECRET, `${USER}.NOT_A_CATEGORY.${mac}`)).toBeNull();
    for (const garbage of ['', 'abc', `${token}.extra`, 'not-a-uuid.MATCHES.abc']) expect(readUnsubscribeToken(SECRET, garbage)).toBeNull();
  });
});
