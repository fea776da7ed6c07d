import type { CallCase } from './corpusCase.js';

export const callCases: readonly CallCase[] = [];
