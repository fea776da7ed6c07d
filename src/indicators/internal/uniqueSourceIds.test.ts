import { describe, expect, it } from 'vitest';
import { SourceIdSchema } from '../../core/ids.js';
import { uniqueSourceIds } from './uniqueSourceIds.js';

describe('uniqueSourceIds', () => {
  it('merges lists, skipping absent ones, unique and sorted', () => {
    const [a, b, c] = ['s-b', 's-a', 's-c'].map((id) => SourceIdSchema.parse(id)) as [
      never,
      never,
      never,
    ];
    expect(uniqueSourceIds([[a, b], undefined, [b, c], []])).toEqual(['s-a', 's-b', 's-c']);
  });
});
