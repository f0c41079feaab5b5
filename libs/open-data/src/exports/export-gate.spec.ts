import { TooManyRequestsError } from '#libs/core';
import { ExportGate } from './exports.service.js';

describe('ExportGate', () => {
  it('lets in as many files as its limit, refuses the next, and takes each place back once', () => {
    const gate = new ExportGate(2);
    const first = gate.enter();
    const second = gate.enter();
    expect(() => gate.enter()).toThrow(TooManyRequestsError);
    first();
    first();
    const third = gate.enter();
    expect(() => gate.enter()).toThrow(TooManyRequestsError);
    second();
    third();
    expect(() => [gate.enter(), gate.enter()]).not.toThrow();
  });
});
