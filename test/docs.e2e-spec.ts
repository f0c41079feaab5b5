import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configVariables, loadConfig } from '#libs/core';

const ROOT = resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');

describe('the documentation of configuration', () => {
  const variables = configVariables();

  it('lists every variable in .env.example, with defaults that the config accepts', () => {
    const example = read('.env.example');
    const assigned = new Map(
      example
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const),
    );
    expect([...assigned.keys()].sort()).toEqual([...variables].sort());
    const config = loadConfig(Object.fromEntries(assigned));
    expect(config.PORT).toBe(3000);
  });

  it('explains every variable in the README configuration table', () => {
    const readme = read('README.md');
    for (const variable of variables) expect(readme).toContain(`| \`${variable}\``);
  });
});
