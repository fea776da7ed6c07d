import { describe, expect, it } from 'vitest';
import { anchorOf, headingOf, joinRich, sourceLinks } from './documentText.js';

describe('documentText', () => {
  it('makes anchors safe in every format', () => {
    expect(anchorOf('source', 'src-a')).toBe('source-src-a');
    expect(anchorOf('source', 'a"><script>')).toBe('source-a---script-');
  });

  it('links sources to their items, and says when there is none', () => {
    expect(sourceLinks(['a', 'b'])).toEqual([
      { text: 'a', href: '#source-a' },
      ', ',
      { text: 'b', href: '#source-b' },
    ]);
    expect(sourceLinks([])).toEqual(['no source']);
  });

  it('turns camelCase names into headings and joins rich text', () => {
    expect(headingOf('economicRegion')).toBe('Economic region');
    expect(headingOf('gfsCode')).toBe('Gfs code');
    expect(joinRich([['a'], [{ code: 'b' }]], '; ')).toEqual(['a', '; ', { code: 'b' }]);
  });
});
