// Writes the refusal reasons of the API (libs/core/src/errors/reasons.ts, built into dist/) as the web
// app's message catalogues: apps/web/src/i18n/messages/en/refusals.json from the registry (key
// `reason.<code>`, value the ICU template), and the five other UN languages kept in the same key
// order. Translations are written by people in those files; this script never invents one: it
// drops keys the registry no longer has and fails, naming them, when a key has no translation or
// a translation names other params than the English.
//
//   npm run web:refusals            (builds, then writes)
//   node scripts/refusals-catalogue.mjs --check    (writes nothing; fails when a file is stale)
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const LANGUAGES = ['ar', 'zh', 'fr', 'ru', 'es'];
const fileOf = (lang) => join(root, 'apps/web/src/i18n/messages', lang, 'refusals.json');

const { REASONS, icuArgumentNames } = await import(join(root, 'dist/libs/core/src/index.js'));

const english = Object.fromEntries(Object.entries(REASONS).map(([code, template]) => [`reason.${code}`, template]));
const text = (catalogue) => `${JSON.stringify(catalogue, null, 2)}\n`;
const problems = [];
let stale = false;

function write(file, catalogue) {
  const wanted = text(catalogue);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === wanted) return;
  stale = true;
  if (check) {
    problems.push(`${file.slice(root.length + 1)} is not up to date: run npm run web:refusals`);
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, wanted);
  console.log(`wrote ${file.slice(root.length + 1)}`);
}

write(fileOf('en'), english);

for (const lang of LANGUAGES) {
  const file = fileOf(lang);
  const given = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const catalogue = {};
  for (const [key, template] of Object.entries(english)) {
    const translation = given[key];
    if (typeof translation !== 'string') {
      problems.push(`${lang}: ${key} has no translation`);
      continue;
    }
    const wantedParams = [...icuArgumentNames(template)].sort().join(', ');
    let params;
    try {
      params = [...icuArgumentNames(translation)].sort().join(', ');
    } catch (error) {
      problems.push(`${lang}: ${key} is not an ICU message (${error.message})`);
      continue;
    }
    if (params !== wantedParams) problems.push(`${lang}: ${key} names {${params}}, the English {${wantedParams}}`);
    catalogue[key] = translation;
  }
  write(file, catalogue);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
if (check && !stale) console.log('refusal catalogues are up to date');
