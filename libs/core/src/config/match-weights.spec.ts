import { configVariables, loadConfig } from './app-config.js';
import { configError } from './config.fixtures.js';
import { DEFAULT_MATCH_WEIGHTS, MATCH_CRITERIA_NAMES, readMatchWeights } from './match-weights.js';

const ALL_ZERO = 'theme:0,type:0,budget:0,timeframe:0,language:0,text:0';

describe('MATCH_CRITERIA_NAMES and DEFAULT_MATCH_WEIGHTS', () => {
  it('name six criteria, weighted 35, 20, 20, 10, 10 and 5 by default', () => {
    expect(MATCH_CRITERIA_NAMES).toEqual(['theme', 'type', 'budget', 'timeframe', 'language', 'text']);
    expect(DEFAULT_MATCH_WEIGHTS).toEqual({ theme: 35, type: 20, budget: 20, timeframe: 10, language: 10, text: 5 });
    expect(MATCH_CRITERIA_NAMES.reduce((s, c) => s + DEFAULT_MATCH_WEIGHTS[c], 0)).toBe(100);
  });
});

describe('readMatchWeights', () => {
  it.each(['', '   ', ',', ' , , '])('gives the defaults for %j', (text) => {
    expect(readMatchWeights(text)).toEqual({ weights: DEFAULT_MATCH_WEIGHTS });
  });

  it('reads every criterion', () => {
    expect(readMatchWeights('theme:1,type:2,budget:3,timeframe:4,language:5,text:6')).toEqual({
      weights: { theme: 1, type: 2, budget: 3, timeframe: 4, language: 5, text: 6 },
    });
  });

  it('keeps the default weight of criteria left out', () => {
    expect(readMatchWeights('theme:50')).toEqual({ weights: { ...DEFAULT_MATCH_WEIGHTS, theme: 50 } });
    expect(readMatchWeights('text:0,language:25')).toEqual({ weights: { ...DEFAULT_MATCH_WEIGHTS, text: 0, language: 25 } });
  });

  it('reads names in any case, with spaces around names, colons and commas', () => {
    expect(readMatchWeights(' Theme : 40 , TEXT:0,BuDgEt:7 ')).toEqual({ weights: { ...DEFAULT_MATCH_WEIGHTS, theme: 40, text: 0, budget: 7 } });
  });

  it('takes the last weight of a criterion named twice', () => {
    expect(readMatchWeights('theme:1,theme:2')).toEqual({ weights: { ...DEFAULT_MATCH_WEIGHTS, theme: 2 } });
  });

  it('reads whole numbers of up to four digits, with leading zeros', () => {
    expect(readMatchWeights('theme:9999,type:0007')).toEqual({ weights: { ...DEFAULT_MATCH_WEIGHTS, theme: 9999, type: 7 } });
  });

  it('does not change the defaults', () => {
    readMatchWeights('theme:1,type:1');
    expect(DEFAULT_MATCH_WEIGHTS.theme).toBe(35);
    expect(DEFAULT_MATCH_WEIGHTS.type).toBe(20);
  });

  it('refuses an unknown criterion, naming it and the known ones', () => {
    expect(readMatchWeights('theme:30,colour:5')).toEqual({ error: '"colour" is not a criterion (theme, type, budget, timeframe, language, text)' });
    expect(readMatchWeights('Themes:30')).toEqual({ error: '"Themes" is not a criterion (theme, type, budget, timeframe, language, text)' });
  });

  it.each([
    ['theme=35', 'theme=35'],
    ['theme:', 'theme:'],
    [':35', ':35'],
    ['theme', 'theme'],
    ['theme:-5', 'theme:-5'],
    ['theme:1.5', 'theme:1.5'],
    ['theme:12345', 'theme:12345'],
    ['theme:35;type:20', 'theme:35;type:20'],
    ['type:20, theme 35', 'theme 35'],
    ['time_frame:10', 'time_frame:10'],
  ])('refuses the syntax of %j', (text, part) => {
    expect(readMatchWeights(text)).toEqual({ error: `"${part}" is not criterion:weight (e.g. theme:35)` });
  });

  it('needs at least one weight above 0', () => {
    expect(readMatchWeights(ALL_ZERO)).toEqual({ error: 'needs at least one weight above 0' });
    expect(readMatchWeights('TEXT:0, language:0,timeframe:0,budget:0,type:0,theme:0000')).toEqual({ error: 'needs at least one weight above 0' });
  });

  it('accepts five weights at 0 when the sixth keeps its default', () => {
    expect(readMatchWeights('theme:0,type:0,budget:0,timeframe:0,language:0')).toEqual({
      weights: { theme: 0, type: 0, budget: 0, timeframe: 0, language: 0, text: 5 },
    });
    expect(readMatchWeights('theme:0,type:0,budget:0,timeframe:0,language:0,text:1')).toEqual({
      weights: { theme: 0, type: 0, budget: 0, timeframe: 0, language: 0, text: 1 },
    });
  });
});

describe('loadConfig: matching settings', () => {
  it('has the documented defaults (README and .env.example: 50, 90, 5)', () => {
    const config = loadConfig({});
    expect(config.MATCH_WEIGHTS).toBeUndefined();
    expect(config.MATCH_MIN_SCORE).toBe(50);
    expect(config.MATCH_STRONG_SCORE).toBe(90);
    expect(config.MATCH_SUGGESTIONS_PER_NEED).toBe(5);
  });

  it('lists the matching variables', () => {
    expect(configVariables()).toEqual(expect.arrayContaining(['MATCH_WEIGHTS', 'MATCH_MIN_SCORE', 'MATCH_STRONG_SCORE', 'MATCH_SUGGESTIONS_PER_NEED']));
  });

  it('reads valid values', () => {
    const config = loadConfig({
      MATCH_WEIGHTS: ' theme:50, TEXT:0 ',
      MATCH_MIN_SCORE: '0',
      MATCH_STRONG_SCORE: '100',
      MATCH_SUGGESTIONS_PER_NEED: '100',
    });
    expect(config.MATCH_WEIGHTS).toBe('theme:50, TEXT:0');
    expect(readMatchWeights(config.MATCH_WEIGHTS!)).toEqual({ weights: { ...DEFAULT_MATCH_WEIGHTS, theme: 50, text: 0 } });
    expect(config.MATCH_MIN_SCORE).toBe(0);
    expect(config.MATCH_STRONG_SCORE).toBe(100);
    expect(config.MATCH_SUGGESTIONS_PER_NEED).toBe(100);
    expect(loadConfig({ MATCH_SUGGESTIONS_PER_NEED: '1', MATCH_MIN_SCORE: '100' }).MATCH_SUGGESTIONS_PER_NEED).toBe(1);
  });

  it('treats an empty MATCH_WEIGHTS as unset', () => {
    expect(loadConfig({ MATCH_WEIGHTS: '  ' }).MATCH_WEIGHTS).toBeUndefined();
  });

  it.each(['theme=35', 'colour:5', 'theme:35;type:20', 'theme:12345', 'theme:1.5', 'theme:35,'])('rejects MATCH_WEIGHTS=%s', (value) => {
    const error = configError({ MATCH_WEIGHTS: value });
    expect(error.problems).toEqual([
      {
        variable: 'MATCH_WEIGHTS',
        message: `must list criterion:weight pairs (theme, type, budget, timeframe, language, text; whole numbers up to 9999) (got "${value}")`,
      },
    ]);
    expect(error.message).toContain(`MATCH_WEIGHTS must list criterion:weight pairs`);
  });

  it('rejects MATCH_WEIGHTS with every weight at 0, once', () => {
    const error = configError({ MATCH_WEIGHTS: ALL_ZERO });
    expect(error.problems).toEqual([{ variable: 'MATCH_WEIGHTS', message: `needs at least one weight above 0 (got "${ALL_ZERO}")` }]);
    expect(error.message).toContain(`MATCH_WEIGHTS needs at least one weight above 0`);
  });

  it.each(['101', '-1', '50.5', 'half', '1e2'])('rejects MATCH_MIN_SCORE=%s', (value) => {
    const error = configError({ MATCH_MIN_SCORE: value });
    expect(error.problems).toEqual([{ variable: 'MATCH_MIN_SCORE', message: `must be a whole number of percent from 0 to 100 (got "${value}")` }]);
    expect(error.message).toContain('MATCH_MIN_SCORE must be a whole number of percent from 0 to 100');
  });

  it.each(['101', '-1', 'strong'])('rejects MATCH_STRONG_SCORE=%s', (value) => {
    expect(configError({ MATCH_STRONG_SCORE: value }).problems).toEqual([
      { variable: 'MATCH_STRONG_SCORE', message: `must be a whole number of percent from 0 to 100 (got "${value}")` },
    ]);
  });

  it.each(['0', '101', '-3', 'ten', '2.5'])('rejects MATCH_SUGGESTIONS_PER_NEED=%s', (value) => {
    const error = configError({ MATCH_SUGGESTIONS_PER_NEED: value });
    expect(error.problems).toEqual([{ variable: 'MATCH_SUGGESTIONS_PER_NEED', message: `must be a whole number from 1 to 100 (got "${value}")` }]);
    expect(error.message).toContain('MATCH_SUGGESTIONS_PER_NEED must be a whole number from 1 to 100');
  });

  it('names every bad matching variable at once', () => {
    const error = configError({ MATCH_WEIGHTS: 'colour:5', MATCH_MIN_SCORE: '101', MATCH_SUGGESTIONS_PER_NEED: '0' });
    expect(error.problems.map((p) => p.variable).sort()).toEqual(['MATCH_MIN_SCORE', 'MATCH_SUGGESTIONS_PER_NEED', 'MATCH_WEIGHTS']);
  });
});
