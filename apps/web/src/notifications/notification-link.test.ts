import { describe, expect, it } from '@jest/globals';
import { notificationTarget } from './notification-link';

const origin = 'https://gis.example.org';

describe('notificationTarget', () => {
  it('turns a link on this origin into an in-app path, keeping its query and fragment', () => {
    expect(notificationTarget('https://gis.example.org/needs/3f2a', origin)).toEqual({ kind: 'app', path: '/needs/3f2a' });
    expect(notificationTarget('https://GIS.example.org:443/invitations/accept?token=a.b#x', origin)).toEqual({
      kind: 'app',
      path: '/invitations/accept?token=a.b#x',
    });
  });
  it('sends the older inbox address to the inbox', () => {
    expect(notificationTarget('https://gis.example.org/notifications', origin)).toEqual({ kind: 'app', path: '/inbox' });
    expect(notificationTarget('https://gis.example.org/notifications/', origin)).toEqual({ kind: 'app', path: '/inbox' });
  });
  it('keeps the unsubscribe page, which the server renders, as a path of its own', () => {
    expect(notificationTarget('https://gis.example.org/notifications/unsubscribe?token=t', origin)).toEqual({
      kind: 'app',
      path: '/notifications/unsubscribe?token=t',
    });
  });
  it('reads a relative link as this app’s', () => {
    expect(notificationTarget('/proposals/7', origin)).toEqual({ kind: 'app', path: '/proposals/7' });
  });
  it('leaves another origin external: another host, scheme or port', () => {
    expect(notificationTarget('https://other.example.org/needs/1', origin)).toEqual({ kind: 'external', href: 'https://other.example.org/needs/1' });
    expect(notificationTarget('http://gis.example.org/needs/1', origin)).toEqual({ kind: 'external', href: 'http://gis.example.org/needs/1' });
    expect(notificationTarget('https://gis.example.org:8443/needs/1', origin)).toEqual({ kind: 'external', href: 'https://gis.example.org:8443/needs/1' });
    expect(notificationTarget('//evil.example/needs/1', origin)).toEqual({ kind: 'external', href: 'https://evil.example/needs/1' });
  });
  it('gives no link for what is not a web address', () => {
    expect(notificationTarget('javascript:alert(1)', origin)).toBeNull();
    expect(notificationTarget('mailto:someone@example.org', origin)).toBeNull();
    expect(notificationTarget('http://[broken', origin)).toBeNull();
  });
});
