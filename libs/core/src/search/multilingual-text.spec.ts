import { cjkBigrams, cjkQuery, hasCjk, TEXT_SEARCH_CONFIG } from './multilingual-text.js';

describe('cjkBigrams', () => {
  it.each([
    ['标记登记', '标记 记登 登记'],
    ['标记', '标记'],
    ['枪', '枪'],
    ['标记 登记', '标记 登记'],
    ['枪 支', '枪 支'],
    ['marking 标记机 and 登记', '标记 记机 登记'],
    ['PoA第二节4段', '第二 二节 段'],
    ['小武器，轻武器。', '小武 武器 轻武 武器'],
    ['\u3400\u3401', '\u3400\u3401'],
    ['\uf900\uf901', '\uf900\uf901'],
  ])('reads %j as %j', (text, bigrams) => {
    expect(cjkBigrams(text)).toBe(bigrams);
  });

  it.each(['', 'marking machines', 'Маркировка оружия', 'وسم الأسلحة', '12345', 'マーキング', '표시'])(
    'gives nothing for %j, which has no Chinese characters',
    (text) => {
      expect(cjkBigrams(text)).toBe('');
    },
  );
});

describe('hasCjk', () => {
  it.each([
    ['标记', true],
    ['marking 机', true],
    ['\u3400', true],
    ['\uf900', true],
    ['marking', false],
    ['', false],
    ['Маркировка', false],
    ['，。', false],
  ])('%j has CJK characters: %s', (text, expected) => {
    expect(hasCjk(text)).toBe(expected);
  });
});

describe('cjkQuery', () => {
  it.each([
    ['标记机', "'标记' & '记机'"],
    ['标记', "'标记'"],
    ['枪', "'枪'"],
    ['标记标记', "'标记' & '记标'"],
    ['标记 标记', "'标记'"],
    ['marking 标记 machine 机器', "'标记' & '机器'"],
  ])('queries %j as %s', (search, query) => {
    expect(cjkQuery(search)).toBe(query);
  });

  it.each(['', '   ', 'marking machines', 'Маркировка'])('is null for %j, which has no CJK characters', (search) => {
    expect(cjkQuery(search)).toBeNull();
  });
});

describe('TEXT_SEARCH_CONFIG', () => {
  it('indexes Chinese with the simple configuration and the other languages with their own', () => {
    expect(TEXT_SEARCH_CONFIG).toEqual({ ar: 'arabic', zh: 'simple', en: 'english', fr: 'french', ru: 'russian', es: 'spanish' });
  });
});
