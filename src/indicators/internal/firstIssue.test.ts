import { describe, expect, it } from 'vitest';
import { firstIssue } from './firstIssue.js';

describe('firstIssue', () => {
  it('joins the prefix and the path of the first issue', () => {
    expect(
      firstIssue(
        [
          { path: ['estimates', 0, 'category'], message: 'Invalid option' },
          { path: ['name'], message: 'Too short' },
        ],
        'deposits[2]',
      ),
    ).toBe('deposits[2].estimates.0.category: Invalid option');
  });
  it('names the root when there is neither prefix nor path', () => {
    expect(firstIssue([{ path: [], message: 'Expected object' }], '')).toBe(
      '(root): Expected object',
    );
    expect(firstIssue([{ path: [], message: 'Expected object' }], 'records[0]')).toBe(
      'records[0]: Expected object',
    );
  });
});
