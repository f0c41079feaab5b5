// Regenerates libs/reference-data/data/currencies.json: the ISO 4217 list (codes, numeric codes,
// minor units) from the currency-codes package, with names in the six UN languages from ICU
// (Intl.DisplayNames), falling back to the ISO English name. Run: node scripts/generate-currencies.mjs
import { writeFileSync } from 'node:fs';
import cc from 'currency-codes';

const languages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
const displayNames = Object.fromEntries(languages.map((l) => [l, new Intl.DisplayNames([l], { type: 'currency' })]));

const currencies = cc.data
  .filter((c) => (c.number && !c.code.startsWith('X')) || ['XAF', 'XCD', 'XOF', 'XPF', 'XDR'].includes(c.code))
  .map((c) => ({
    code: c.code,
    numericCode: c.number,
    minorUnits: Number.isInteger(c.digits) ? c.digits : null,
    names: Object.fromEntries(
      languages.map((l) => {
        const name = displayNames[l].of(c.code);
        return [l, name && name !== c.code ? name : c.currency];
      }),
    ),
  }))
  .sort((a, b) => a.code.localeCompare(b.code));

const out = {
  _provenance: `ISO 4217 list from npm currency-codes (published ${cc.publishDate}); funds, precious metals and testing codes (X..) left out except the CFA francs, East Caribbean dollar, CFP franc and SDR; names from ICU ${process.versions.icu} via Intl.DisplayNames.`,
  count: currencies.length,
  currencies,
};
writeFileSync(new URL('../libs/reference-data/data/currencies.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${currencies.length} currencies`);
