import { describe, expect, it } from '@jest/globals';
import { moveTo, queueKey } from './queue-keys';

const key = (k: string, target: object | null = { tagName: 'BUTTON' }, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  queueKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods, target: target as EventTarget });

describe('the moderation queue keyboard', () => {
  it('moves with j/k and the arrows, selects with x, opens with o', () => {
    expect([key('j'), key('ArrowDown'), key('k'), key('ArrowUp'), key('x'), key('o')]).toEqual(['next', 'next', 'previous', 'previous', 'select', 'open']);
  });

  it('leaves keys typed in a field, and shortcuts of the browser, alone', () => {
    expect(key('j', { tagName: 'TEXTAREA' })).toBeNull();
    expect(key('x', { tagName: 'INPUT', type: 'text' })).toBeNull();
    expect(key('x', { tagName: 'INPUT', type: 'checkbox' })).toBe('select');
    expect(key('k', { tagName: 'BUTTON' }, { ctrlKey: true })).toBeNull();
    expect(key('q')).toBeNull();
  });

  it('stays within the list', () => {
    expect(moveTo(0, 3, 'previous')).toBe(0);
    expect(moveTo(2, 3, 'next')).toBe(2);
    expect(moveTo(1, 3, 'next')).toBe(2);
  });
});
