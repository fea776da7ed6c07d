import { describe, expect, it } from 'vitest';
import { PartyIdSchema } from './partyId.js';

describe('PartyIdSchema', () => {
  it('accepts company and organization ids and rejects malformed ones', () => {
    expect(PartyIdSchema.parse('state-az')).toBe('state-az');
    expect(PartyIdSchema.safeParse('state az').success).toBe(false);
  });
});
