import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { icuArgumentNames, renderIcu } from './icu.js';
import { isReasonCode, LIST_STYLES, reason, REASONS, withMessage, type LifeCycleSubject, type ReasonCode } from './reasons.js';

const CODES = Object.keys(REASONS) as ReasonCode[];

/** The arguments of a parsed ICU message, by name, with the kind of each (as the client's ICU library sees them). */
function argumentsOf(elements: MessageFormatElement[], into = new Map<string, string>()): Map<string, string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) into.set(element.value, into.get(element.value) ?? 'text');
    if (element.type === TYPE.number) into.set(element.value, 'number');
    if (element.type === TYPE.plural) into.set(element.value, 'number');
    if (element.type === TYPE.select) into.set(element.value, 'select');
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

/** A value of the right kind for every argument, to render every template. */
function sampleParams(code: ReasonCode): Record<string, string | number | string[]> {
  const params: Record<string, string | number | string[]> = {};
  for (const [name, kind] of argumentsOf(parse(REASONS[code]))) {
    params[name] = kind === 'number' ? 2 : LIST_STYLES[code] && name in LIST_STYLES[code]! ? ['A', 'B'] : kind === 'select' ? 'other' : 'X';
  }
  return params;
}

describe('the reason registry', () => {
  it.each(CODES)('%s is an ICU MessageFormat message', (code) => {
    expect(() => parse(REASONS[code])).not.toThrow();
  });

  it.each(CODES)('%s names its params as our own reader does (so the TypeScript types agree)', (code) => {
    // The type-level reader (icu.ts) does not read quoted text: no template may quote a brace.
    expect(REASONS[code]).not.toMatch(/'[{}#]/);
    expect(icuArgumentNames(REASONS[code]).sort()).toEqual([...argumentsOf(parse(REASONS[code])).keys()].sort());
  });

  it('names every reason <domain>.<lowerCamel>', () => {
    for (const code of CODES) expect(code).toMatch(/^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/);
  });

  it.each(CODES)('%s renders in English with params of the right kinds', (code) => {
    const message = renderIcu(REASONS[code], sampleParams(code), (_, items) => items.join(', '));
    expect(message.length).toBeGreaterThan(0);
    expect(message).not.toMatch(/[{}]/);
  });

  it('gives list styles only to params that exist', () => {
    for (const [code, styles] of Object.entries(LIST_STYLES)) {
      expect(isReasonCode(code)).toBe(true);
      for (const param of Object.keys(styles)) expect(icuArgumentNames(REASONS[code as ReasonCode])).toContain(param);
    }
  });

  it('has the life-cycle reasons for every record type with a life cycle', () => {
    const subjects: LifeCycleSubject[] = ['need', 'offer', 'match', 'proposal', 'contribution'];
    for (const subject of subjects) {
      for (const what of ['actionNotPermitted', 'statusForbidsChange', 'reasonRequired', 'staleVersion']) {
        expect(isReasonCode(`${subject}.${what}`)).toBe(true);
      }
    }
  });

  it('has no reason that no code gives (each is a string in libs/, or a life-cycle reason)', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && !path.endsWith(join('errors', 'reasons.ts'))) sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk(join(process.cwd(), 'libs'));
    const text = sources.join('\n');
    const lifeCycle = /^(need|offer|match|proposal|contribution)\.(actionNotPermitted|statusForbidsChange|reasonRequired|staleVersion)$/;
    const unused = CODES.filter((code) => !lifeCycle.test(code) && !text.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });
});

describe('reason', () => {
  it('renders the English message from the template and keeps the params as given', () => {
    const refusal = reason('funding.pastGap', { amount: '250000.50', currency: 'XOF', gap: '100000.00', target: '500000.00', committed: '400000.00' });
    expect(refusal).toEqual({
      reason: 'funding.pastGap',
      params: { amount: '250000.50', currency: 'XOF', gap: '100000.00', target: '500000.00', committed: '400000.00' },
      message:
        'Committing 250000.50 XOF would exceed the funding gap of 100000.00 (target 500000.00, committed 400000.00). The proposal does not allow over-funding.',
    });
  });

  it('writes numbers without grouping, as the messages always did', () => {
    expect(reason('field.tooLongHas', { max: 10000, length: 12345 }).message).toBe('must be at most 10000 characters (it has 12345)');
  });

  it('uses English words for code params in the message only', () => {
    const refusal = reason(
      'need.statusForbidsChange',
      { action: 'MARK_MET', status: 'CLOSED', allowedStatuses: ['FUNDED', 'PARTIALLY_FUNDED'] },
      { action: 'mark met' },
    );
    expect(refusal.message).toBe('Cannot mark met a need that is CLOSED; only one that is FUNDED or PARTIALLY_FUNDED.');
    expect(refusal.params).toEqual({ action: 'MARK_MET', status: 'CLOSED', allowedStatuses: ['FUNDED', 'PARTIALLY_FUNDED'] });
  });

  it('joins lists as their style says (or, else commas)', () => {
    expect(reason('access.stateRoleMissing', { roles: ['NPC', 'DONOR'], state: 'GHA' }).message).toBe(
      'You do not hold the role NPC or DONOR for the State GHA.',
    );
    expect(reason('field.unknownCodes', { kind: 'thematicArea', codes: ['X', 'Y'] }).message).toBe('unknown thematic area code(s): X, Y');
    expect(reason('field.unknownCodes', { kind: 'code', codes: ['X'] }).message).toBe('unknown code(s): X');
  });

  it('chooses plural and select branches as English does', () => {
    expect(reason('input.invalid', { count: 1 }).message).toBe('One value is not valid.');
    expect(reason('input.invalid', { count: 3 }).message).toBe('3 values are not valid.');
    expect(reason('proposal.statesWithoutOrganisation', { states: ['GHA'], count: 1 }).message).toMatch(/^GHA has no organisation/);
    expect(reason('proposal.statesWithoutOrganisation', { states: ['GHA', 'TGO'], count: 2 }).message).toMatch(/^GHA, TGO have no organisation/);
    expect(reason('need.reconfirmNotPublished', { status: 'EXPIRED' }).message).toBe(
      'Only a published need can be reconfirmed; this one is EXPIRED (reopen it instead).',
    );
    expect(reason('need.reconfirmNotPublished', { status: 'CLOSED' }).message).toBe('Only a published need can be reconfirmed; this one is CLOSED.');
  });

  it('keeps a fuller English message with withMessage, and the reason', () => {
    expect(withMessage(reason('input.invalid', { count: 1 }), 'input.title: is required')).toEqual({
      reason: 'input.invalid',
      params: { count: 1 },
      message: 'input.title: is required',
    });
  });

  it('checks the params against the template, in types', () => {
    // @ts-expect-error a param is missing
    expect(() => reason('field.tooLong')).toThrow(/no value for "max"/);
    // @ts-expect-error a param the template does not name
    reason('field.required', { max: 3 });
    // @ts-expect-error a plural's count is a number
    reason('input.invalid', { count: '3' });
    // @ts-expect-error not a registered reason
    expect(() => reason('need.noSuchReason')).toThrow();
  });
});
