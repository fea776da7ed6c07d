import type { ProgramCategory } from '../model/socialProgram.js';

const LABELS: Readonly<Record<ProgramCategory, string>> = {
  sportsAndHealth: 'sports and health',
  environment: 'environmental protection',
  agriculture: 'agricultural development',
  education: 'education',
  publicAwareness: 'public awareness',
  entrepreneurship: 'support for entrepreneurship',
  culturalHeritage: 'historical and cultural heritage',
  infrastructure: 'infrastructure',
  other: 'other',
};

/**
 * The readable label of a program category: `'sportsAndHealth'` → `'sports and health'`.
 *
 * @param category - The category code.
 * @returns The label; the code itself when unknown.
 * @internal
 */
export function categoryLabel(category: string): string {
  return Object.hasOwn(LABELS, category) ? LABELS[category as ProgramCategory] : category;
}
