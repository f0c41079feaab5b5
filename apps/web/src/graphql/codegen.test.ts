import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '../../../..');

describe('typed GraphQL operations', () => {
  it('src/gql/graphql.ts is what codegen makes from schema.gql and the .graphql files (else: npm run web:codegen)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gis-codegen-'));
    try {
      const out = join(dir, 'graphql.ts');
      execFileSync(process.execPath, [join(repo, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'apps/web/codegen.ts'], {
        cwd: repo,
        env: { ...process.env, GQL_OUT: out },
        stdio: 'pipe',
      });
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(repo, 'apps/web/src/gql/graphql.ts'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
