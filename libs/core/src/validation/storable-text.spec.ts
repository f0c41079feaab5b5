import { unstorableTextProblem } from './storable-text.js';

describe('unstorableTextProblem', () => {
  it.each([
    ['', null],
    ['Marking machines', null],
    ['🌍 emoji and 𝔊 (astral characters, as surrogate pairs)', null],
    ['ترقيم الأسلحة — 武器标识 — маркировка', null],
    ['tab\tnewline\ncarriage return\r', null],
  ])('accepts %j', (text, expected) => {
    expect(unstorableTextProblem(text)).toBe(expected);
  });

  it.each([
    ['\u0000', 'must not contain the NUL character (U+0000)'],
    ['before\u0000after', 'must not contain the NUL character (U+0000)'],
    ['\uD83D', 'must be valid Unicode (it contains half of a surrogate pair)'],
    ['end \uD83D', 'must be valid Unicode (it contains half of a surrogate pair)'],
    ['\uDE00 start', 'must be valid Unicode (it contains half of a surrogate pair)'],
    ['reversed \uDE00\uD83D pair', 'must be valid Unicode (it contains half of a surrogate pair)'],
    ['two highs \uD83D\uD83D', 'must be valid Unicode (it contains half of a surrogate pair)'],
  ])('refuses %j', (text, message) => {
    expect(unstorableTextProblem(text)?.message).toBe(message);
    expect(unstorableTextProblem(text)?.reason).toBe(message.startsWith('must not') ? 'field.containsNul' : 'field.loneSurrogate');
  });
});
