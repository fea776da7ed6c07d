import { describe, expect, it } from 'vitest';
import { indicatorCatalogMarkdown } from './indicatorCatalogMarkdown.js';

describe('docs/indicators.md', () => {
  it('is generated from the indicator registries (run npm run docs:generated after a change)', async () => {
    await expect(indicatorCatalogMarkdown()).toMatchFileSnapshot('../../docs/indicators.md');
  });

  it('lists an indicator with one result per thing by its keys and one without rows by a dash', () => {
    const page = indicatorCatalogMarkdown([
      {
        id: 'jobs.example',
        title: 'Example | jobs',
        unit: 'count',
        formula: 'a + b',
        standards: ['GRI 203-2'],
        family: 'jobs',
        functionName: 'example',
        results: 'many',
        resultKeys: ['phase'],
        dimensions: [],
      },
    ]);
    expect(page).toContain(
      '| `example` | Example \\| jobs | count | one per `phase` | – | GRI 203-2 | a + b |',
    );
    expect(page).not.toContain('## Workforce');
  });
});
