import { InvitationStatus } from './dto/identity.types.js';
import { UserStatus } from './entities/user.entity.js';
import { invitationStatus } from './invitations.service.js';

describe('invitationStatus', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const future = new Date('2026-03-02T12:00:00Z');
  const past = new Date('2026-02-28T12:00:00Z');
  const pending = { acceptedAt: null, revokedAt: null, expiresAt: future };

  it('is PENDING while the link is unused, not withdrawn and not past its expiry', () => {
    expect(invitationStatus(pending, UserStatus.INVITED, now)).toBe(InvitationStatus.PENDING);
  });

  it('is EXPIRED from the moment of expiry', () => {
    expect(invitationStatus({ ...pending, expiresAt: now }, UserStatus.INVITED, now)).toBe(InvitationStatus.EXPIRED);
    expect(invitationStatus({ ...pending, expiresAt: past }, UserStatus.INVITED, now)).toBe(InvitationStatus.EXPIRED);
  });

  it('is REVOKED when replaced, or when the account was disabled, even if also expired', () => {
    expect(invitationStatus({ ...pending, revokedAt: past }, UserStatus.INVITED, now)).toBe(InvitationStatus.REVOKED);
    expect(invitationStatus(pending, UserStatus.DISABLED, now)).toBe(InvitationStatus.REVOKED);
    expect(invitationStatus({ ...pending, revokedAt: past, expiresAt: past }, UserStatus.INVITED, now)).toBe(InvitationStatus.REVOKED);
  });

  it('is USED once accepted, whatever else (the person can log in)', () => {
    expect(invitationStatus({ ...pending, acceptedAt: past, expiresAt: past }, UserStatus.ACTIVE, now)).toBe(InvitationStatus.USED);
  });
});
