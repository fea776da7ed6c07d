import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { azGazetteer } from '../data/az/azGazetteer.js';
import { azLocations } from '../data/az/azLocations.js';
import { type Location, LocationSchema } from '../model/location.js';
import { createGazetteer } from './createGazetteer.js';
import type { PlaceMatch } from './placeMatch.js';
import { resolvePlace } from './resolvePlace.js';

const loc = (input: Record<string, unknown>): Location => LocationSchema.parse(input);
const summary = (matches: PlaceMatch[]): [string, string, string][] =>
  matches.map((m) => [m.location.id, m.matchedName, m.kind]);

describe('resolvePlace on azGazetteer', () => {
  it('resolves every name of every location to that location', () => {
    let names = 0;
    for (const location of azLocations) {
      for (const { value, kind } of [
        { value: location.name, kind: 'official' },
        ...(location.names ?? []),
      ]) {
        const match = resolvePlace(azGazetteer, value).find((m) => m.location === location);
        expect(match, `${value} → ${location.id}`).toBeDefined();
        expect(match?.matchedName).toBe(value);
        expect(match?.kind).toBe(kind === 'official' ? 'official' : 'alias');
        names++;
      }
    }
    // 93 official names + 149 other names.
    expect(names).toBe(242);
  });

  it('resolves the spellings of the issue to one district each', () => {
    const cases: [string, string][] = [
      ['Daşkəsən', 'AZ-DAS'],
      ['Dashkasan', 'AZ-DAS'],
      ['Dashkesan', 'AZ-DAS'],
      ['Göygöl', 'AZ-GYG'],
      ['Goygol', 'AZ-GYG'],
      ['Khanlar', 'AZ-GYG'],
      ['Zəngilan', 'AZ-ZAN'],
      ['Zangilan', 'AZ-ZAN'],
      ['Zangelan', 'AZ-ZAN'],
      ['Kəlbəcər', 'AZ-KAL'],
      ['Kalbajar', 'AZ-KAL'],
      ['Kelbajar', 'AZ-KAL'],
      ['Göyçay', 'AZ-GOY'],
    ];
    for (const [query, id] of cases) {
      expect(resolvePlace(azGazetteer, query).map((m) => m.location.id)).toEqual([id]);
    }
  });

  it('never resolves a spelling of Göyçay to Göygöl, or of Göygöl to Göyçay', () => {
    const goychay = ['Göyçay', 'Goychay', 'Goycay', 'GÖYÇAY', 'goycay', 'AZ-GOY'];
    const goygol = ['Göygöl', 'Goygol', 'GOYGOL', 'göygöl', 'Khanlar', 'Xanlar', 'AZ-GYG'];
    for (const query of goychay) {
      const ids = resolvePlace(azGazetteer, query).map((m) => m.location.id);
      expect(ids).not.toContain('AZ-GYG');
    }
    for (const query of goygol) {
      const ids = resolvePlace(azGazetteer, query).map((m) => m.location.id);
      expect(ids).not.toContain('AZ-GOY');
    }
    expect(resolvePlace(azGazetteer, 'Goychay').map((m) => m.location.id)).toEqual(['AZ-GOY']);
  });

  it('returns every candidate of an ambiguous name, the more specific first', () => {
    expect(summary(resolvePlace(azGazetteer, 'Şəki'))).toEqual([
      ['AZ-SAK', 'Şəki', 'official'],
      ['AZ-SA', 'Şəki', 'official'],
    ]);
    expect(summary(resolvePlace(azGazetteer, 'Sheki'))).toEqual([
      ['AZ-SAK', 'Sheki', 'alias'],
      ['AZ-SA', 'Sheki', 'alias'],
    ]);
    // Bakı is the city (AZ-BA, under the region) and the Baku economic region: the city first.
    expect(summary(resolvePlace(azGazetteer, 'Baku'))).toEqual([
      ['AZ-BA', 'Baku', 'alias'],
      ['az-er-baku', 'Baku', 'alias'],
    ]);
    expect(resolvePlace(azGazetteer, 'Yevlax').map((m) => m.location.id)).toEqual([
      'AZ-YEV',
      'AZ-YE',
    ]);
    // "Lankaran City" is a name of the city only.
    expect(summary(resolvePlace(azGazetteer, 'Lankaran City'))).toEqual([
      ['AZ-LA', 'Lankaran City', 'alias'],
    ]);
    expect(summary(resolvePlace(azGazetteer, 'Lənkəran City'))).toEqual([
      ['AZ-LA', 'Lankaran City', 'normalized'],
    ]);
  });

  it('matches after spelling folds, reporting the name that matched', () => {
    expect(summary(resolvePlace(azGazetteer, 'Dashkesen '))).toEqual([
      ['AZ-DAS', 'Dashkesen', 'alias'],
    ]);
    expect(summary(resolvePlace(azGazetteer, 'Goygöl'))).toEqual([
      ['AZ-GYG', 'Göygöl', 'normalized'],
    ]);
    expect(summary(resolvePlace(azGazetteer, 'Shamakhy'))).toEqual([
      ['AZ-SMI', 'Şamaxı', 'normalized'],
    ]);
    expect(summary(resolvePlace(azGazetteer, 'Ganja-Dashkasan'))).toEqual([
      ['az-er-ganja-dashkasan', 'Ganja-Dashkasan', 'alias'],
    ]);
    expect(summary(resolvePlace(azGazetteer, 'Ganja – Dashkasan'))).toEqual([
      ['az-er-ganja-dashkasan', 'Gəncə-Daşkəsən', 'normalized'],
    ]);
  });

  it('returns [] for an unknown name or a query without letters', () => {
    expect(resolvePlace(azGazetteer, 'Atlantis')).toEqual([]);
    expect(resolvePlace(azGazetteer, '')).toEqual([]);
    expect(resolvePlace(azGazetteer, ' – ')).toEqual([]);
    expect(resolvePlace(azGazetteer, 'Daşkəsə')).toEqual([]);
  });

  it('throws INVALID_ARGUMENT for a query that is not a string or a missing gazetteer', () => {
    expect(() => resolvePlace(azGazetteer, 1 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => resolvePlace(null as never, 'Bakı')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('resolvePlace ranking', () => {
  // Three places whose names meet at the key 'naftalan': one official, one alias, one only
  // after folding ('Naftalan' vs 'Neftalan': e → a).
  const region = loc({ id: 'r', kind: 'economicRegion', name: 'Region' });
  const a = loc({ id: 'a', kind: 'city', name: 'Neftalan', parentId: 'r' });
  const b = loc({
    id: 'b',
    kind: 'village',
    name: 'Kənd',
    names: [{ value: 'Naftalan', lang: 'en', kind: 'variant' }],
    parentId: 'a',
  });
  const c = loc({ id: 'c', kind: 'district', name: 'Naftalan', parentId: 'r' });
  const g = createGazetteer([region, a, b, c]);

  it('orders official, then alias, then normalized matches', () => {
    expect(summary(resolvePlace(g, 'Naftalan'))).toEqual([
      ['c', 'Naftalan', 'official'],
      ['b', 'Naftalan', 'alias'],
      ['a', 'Neftalan', 'normalized'],
    ]);
    expect(summary(resolvePlace(g, 'Neftalan'))).toEqual([
      ['a', 'Neftalan', 'official'],
      ['b', 'Naftalan', 'normalized'],
      ['c', 'Naftalan', 'normalized'],
    ]);
  });

  it('lists each location once, with its best match', () => {
    const twice = loc({
      id: 't',
      kind: 'other',
      name: 'Tərtər',
      names: [
        { value: 'Terter', lang: 'en', kind: 'transliteration' },
        { value: 'Tartar', lang: 'en', kind: 'exonym' },
      ],
    });
    expect(summary(resolvePlace(createGazetteer([twice]), 'tartar'))).toEqual([
      ['t', 'Tartar', 'alias'],
    ]);
    expect(summary(resolvePlace(createGazetteer([twice]), 'TƏRTƏR'))).toEqual([
      ['t', 'Tərtər', 'official'],
    ]);
  });
});

describe('resolvePlace properties', () => {
  const names = azLocations.flatMap((l) => [l.name, ...(l.names ?? []).map((n) => n.value)]);

  test.prop([fc.string({ maxLength: 30 })])(
    'never throws for a string and lists each location once, best first',
    (query) => {
      const matches = resolvePlace(azGazetteer, query);
      const ids = matches.map((m) => m.location.id);
      expect(new Set(ids).size).toBe(ids.length);
      const rank = { official: 0, alias: 1, normalized: 2 };
      for (let i = 1; i < matches.length; i++) {
        expect(rank[matches[i - 1]?.kind ?? 'official']).toBeLessThanOrEqual(
          rank[matches[i]?.kind ?? 'normalized'],
        );
      }
    },
  );

  test.prop([fc.constantFrom(...names), fc.constantFrom('upper', 'lower', 'padded')])(
    'finds a known name whatever its case and padding',
    (name, variant) => {
      const query =
        variant === 'upper'
          ? name.toLocaleUpperCase('az')
          : variant === 'lower'
            ? name.toLocaleLowerCase('az')
            : `  ${name}\t`;
      const expected = resolvePlace(azGazetteer, name).map((m) => m.location.id);
      expect(
        resolvePlace(azGazetteer, query)
          .map((m) => m.location.id)
          .sort(),
      ).toEqual([...expected].sort());
    },
  );
});
