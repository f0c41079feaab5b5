import { describe, expect, it } from '@jest/globals';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ENUM_FAMILIES, M49_REGIONS, OTHER_FAMILIES } from './families';
import { FEATURES } from './features';
import { LOCALES } from './locales';

const here = import.meta.dirname;
const src = join(here, '..');
const schema = readFileSync(join(src, '../../../schema.gql'), 'utf8');

const catalogue = (locale: string, feature: string): Record<string, string> =>
  JSON.parse(readFileSync(join(here, 'messages', locale, `${feature}.json`), 'utf8')) as Record<string, string>;
const all = (locale: string) => Object.assign({}, ...FEATURES.map((f) => catalogue(locale, f))) as Record<string, string>;

/** The arguments a message uses, with the plural categories it gives for each plural. */
function shape(elements: MessageFormatElement[], args = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) {
      if (!args.has(el.value)) args.set(el.value, new Set());
    } else if (el.type === TYPE.plural || el.type === TYPE.select) {
      const cats = args.get(el.value) ?? new Set<string>();
      args.set(el.value, cats);
      for (const [cat, option] of Object.entries(el.options)) {
        if (el.type === TYPE.plural) cats.add(cat);
        shape(option.value, args);
      }
    } else if (el.type === TYPE.tag) {
      shape(el.children, args);
    }
  }
  return args;
}

function enumValues(name: string): string[] {
  const block = new RegExp(`^enum ${name} \\{([^}]*)\\}`, 'm').exec(schema);
  if (!block) throw new Error(`enum ${name} is not in schema.gql`);
  return block[1]!
    .replace(/"""[\s\S]*?"""/g, '')
    .split(/\s+/)
    .filter((w) => /^[A-Z][A-Z0-9_]*$/.test(w));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'gql' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

const english = all('en');

describe('message catalogues', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys, file by file', (locale) => {
    for (const feature of FEATURES) {
      const missing = Object.keys(catalogue('en', feature)).filter((k) => !(k in catalogue(locale, feature)));
      const extra = Object.keys(catalogue(locale, feature)).filter((k) => !(k in catalogue('en', feature)));
      expect({ feature, missing, extra }).toEqual({ feature, missing: [], extra: [] });
    }
  });

  it.each(LOCALES)('%s: every message is valid ICU with the English arguments and all plural forms', (locale) => {
    const messages = all(locale);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const problems: string[] = [];
    for (const [key, text] of Object.entries(messages)) {
      if (!text.trim()) problems.push(`${key}: empty`);
      let args: Map<string, Set<string>>;
      try {
        args = shape(parse(text));
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
        continue;
      }
      const englishArgs = shape(parse(english[key] ?? ''));
      const names = (m: Map<string, Set<string>>) => [...m.keys()].sort().join(',');
      if (names(args) !== names(englishArgs)) problems.push(`${key}: arguments ${names(args)} instead of ${names(englishArgs)}`);
      for (const [arg, cats] of args) {
        if (cats.size === 0) continue;
        const lacking = categories.filter((c) => !cats.has(c));
        if (!cats.has('other')) problems.push(`${key}: plural ${arg} lacks "other"`);
        else if (lacking.length) problems.push(`${key}: plural ${arg} lacks ${lacking.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every key is used by the code, and the code uses no key the catalogues lack', () => {
    const code = sourceFiles(src)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const dynamic = [...Object.keys(ENUM_FAMILIES).map((f) => `${f}.`), ...OTHER_FAMILIES];
    const unused = Object.keys(english).filter((k) => !dynamic.some((p) => k.startsWith(p)) && !code.includes(`'${k}'`) && !code.includes(`"${k}"`));
    expect(unused).toEqual([]);
    const used = [...code.matchAll(/\bid[=:]\s*['"]([a-zA-Z][\w-]*\.[\w.-]+)['"]/g)].map((m) => m[1]!);
    expect(used.filter((k) => !(k in english))).toEqual([]);
  });

  it.each(Object.entries(ENUM_FAMILIES))('family %s has one key per value of the schema enum %s', (family, enumName) => {
    const keys = Object.keys(english)
      .filter((k) => k.startsWith(`${family}.`))
      .map((k) => k.slice(family.length + 1))
      .sort();
    expect(keys).toEqual(enumValues(enumName).sort());
  });

  it('has a name for every M49 region of the region filter', () => {
    const keys = Object.keys(english)
      .filter((k) => k.startsWith('region.'))
      .map((k) => k.slice(7))
      .sort();
    expect(keys).toEqual([...M49_REGIONS].sort());
  });

  it('names every check of the need quality meter and what passes it, and no other', () => {
    // QualityCheck.code is a string in the schema: the codes are those of libs/needs' meter.
    const meter = readFileSync(join(src, '../../../libs/needs/src/need-quality.ts'), 'utf8');
    const union = /export type QualityCheckCode =([^;]+);/.exec(meter)?.[1] ?? '';
    const codes = [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!).sort();
    expect(codes.length).toBeGreaterThan(5);
    for (const family of ['qualityCheck.', 'qualityHint.']) {
      expect(
        Object.keys(english)
          .filter((k) => k.startsWith(family))
          .map((k) => k.slice(family.length))
          .sort(),
      ).toEqual(codes);
    }
  });

  it('no text is written in the components themselves', () => {
    const bare: string[] = [];
    const visible = new Set(['label', 'title', 'placeholder', 'alt', 'aria-label', 'description', 'aria-description']);
    for (const file of sourceFiles(src).filter((f) => f.endsWith('.tsx'))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const visit = (node: ts.Node): void => {
        // Words between tags, or in an attribute a person reads: text a translator never sees.
        if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)) bare.push(`${relative(src, file)}: ${node.text.trim()}`);
        if (
          ts.isJsxAttribute(node) &&
          visible.has(node.name.getText()) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          /\p{L}{2,}/u.test(node.initializer.text)
        ) {
          bare.push(`${relative(src, file)}: ${node.name.getText()}="${node.initializer.text}"`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(bare).toEqual([]);
  });
});
