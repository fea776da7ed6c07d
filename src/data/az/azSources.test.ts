import { describe, expect, it } from 'vitest';
import { SourceSchema } from '../../model/source.js';
import { azLiberatedTerritories } from './azLiberatedTerritories.js';
import { azLocations } from './azLocations.js';
import { azSources } from './azSources.js';

describe('azSources', () => {
  it('is a list of valid sources with unique ids', () => {
    const ids = azSources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const source of azSources) {
      expect(SourceSchema.parse(source)).toEqual(source);
      expect(source.url).toMatch(/^https?:\/\//);
      expect(source.reliability).toBeDefined();
    }
    expect(Object.isFrozen(azSources)).toBe(true);
  });

  it('has the decree as the source of the economic regions', () => {
    const decree = azSources.find((s) => s.id === 'src-az-decree-1386');
    expect(decree?.title).toContain('Decree No. 1386 of 7 July 2021');
    expect(decree?.reliability).toBe('verified');
  });

  it('holds only sources that some location or liberated territory cites', () => {
    const cited = new Set([
      ...azLocations.flatMap((l) => [
        ...(l.sourceIds ?? []),
        ...(l.population === undefined ? [] : [l.population.sourceId]),
      ]),
      ...azLiberatedTerritories.flatMap((t) => t.sourceIds),
      'src-great-return-program',
    ]);
    expect(azSources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });
});
