import { describe, expect, it } from 'vitest';
import { IssueSeveritySchema } from './issue.js';
import { validationRules } from './validationRules.js';
import { validationRulesMarkdown } from './validationRulesMarkdown.js';

describe('docs/validation-rules.md', () => {
  it('is up to date with the rule registry (npm run docs:generated regenerates it)', async () => {
    await expect(validationRulesMarkdown()).toMatchFileSnapshot('../../docs/validation-rules.md');
  });

  it('has front matter and one table row per rule', () => {
    const page = validationRulesMarkdown();
    expect(page.startsWith('---\ntitle: Validation rules\n---\n')).toBe(true);
    for (const code of Object.keys(validationRules)) expect(page).toContain(`| \`${code}\` |`);
  });
});

describe('validationRules', () => {
  it('gives every rule a dotted code, a severity, a stage, what it applies to and a description', () => {
    for (const [code, rule] of Object.entries(validationRules)) {
      expect(code).toMatch(/^[a-z]+(?:\.[a-z0-9_]+)+$/);
      expect(IssueSeveritySchema.safeParse(rule.severity).success).toBe(true);
      expect(['input', 'structure', 'rule']).toContain(rule.stage);
      expect(rule.appliesTo.length).toBeGreaterThan(0);
      expect(rule.description).toMatch(/[.)]$/);
    }
  });
});
