import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '../../../..');
const web = join(repo, 'apps/web/src');

describe('typed GraphQL operations', () => {
  it('each x.generated.ts and gql/types.ts is what codegen makes from schema.gql and the .graphql files (else: npm run web:codegen)', () => {
    let output = '';
    try {
      // --check: codegen compares what it would write with the files and exits 1 on any difference.
      execFileSync(process.execPath, [join(repo, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'apps/web/codegen.ts', '--check'], {
        cwd: repo,
        stdio: 'pipe',
      });
    } catch (error) {
      output = String((error as { stdout?: Buffer }).stdout ?? error);
    }
    expect(output).toBe('');
  }, 60_000);

  it('no generated file outlives its .graphql document', () => {
    const generated = readdirSync(web, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.generated.ts'));
    expect(generated.length).toBeGreaterThan(10);
    expect(generated.filter((f) => !existsSync(join(web, f.replace(/\.generated\.ts$/, '.graphql'))))).toEqual([]);
  });
});
