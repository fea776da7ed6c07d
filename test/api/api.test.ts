// The public API of every entry is checked into api/*.api.md: a change of a name, of whether it
// is a runtime value, or of a function's signature fails here until `npm run api` rewrites the
// file and the diff is reviewed. The root entry stays within its budget of runtime values.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error TS7016 - a plain JavaScript module of the repository's scripts, without types
import { apiFileName, apiText, ROOT_VALUE_BUDGET, readApi } from '../../scripts/apiReport.mjs';

interface ApiExport {
  readonly name: string;
  readonly runtime: boolean;
}
interface EntryApi {
  readonly entry: string;
  readonly exports: readonly ApiExport[];
}

const root = resolve(import.meta.dirname, '../..');

describe('the public API', () => {
  it('of every entry matches its reviewed file in api/', { timeout: 60_000 }, () => {
    const apis = readApi() as EntryApi[];
    for (const api of apis) {
      const checkedIn = readFileSync(join(root, 'api', apiFileName(api.entry)), 'utf8');
      expect(apiText(api), `${api.entry}: run npm run api and review the diff`).toBe(checkedIn);
    }
    const rootApi = apis.find((api) => api.entry === 'mining-impact') as EntryApi;
    const values = rootApi.exports.filter((e) => e.runtime).length;
    console.log(`mining-impact exports ${values} runtime values (budget ${ROOT_VALUE_BUDGET})`);
    expect(values).toBeLessThanOrEqual(ROOT_VALUE_BUDGET);
  });
});
