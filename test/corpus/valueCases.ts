import type { ValueCase } from './corpusCase.js';

export const valueCases: readonly ValueCase[] = [];
