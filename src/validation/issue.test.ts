import { describe, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { IssueSchema } from './issue.js';

const issue = {
  code: 'program.locations.percent_sum',
  severity: 'error',
  path: '/programs/0/locations',
  message: 'The location percentages of program "prog-1" sum to 99.98, not 100.',
};

describe('IssueSchema', () => {
  it('accepts an issue with and without context, and the empty path of the whole document', () => {
    accepts(IssueSchema, issue);
    accepts(IssueSchema, {
      ...issue,
      path: '',
      context: { programId: 'prog-1', sum: '99.98', exact: false, end: null },
    });
  });

  it('rejects unknown severities, empty messages and objects in the context', () => {
    rejects(IssueSchema, { ...issue, severity: 'critical' }, ['severity'], 'invalid_value');
    rejects(IssueSchema, { ...issue, message: '' }, ['message'], 'too_small');
    rejects(
      IssueSchema,
      { ...issue, context: { dataset: {} } },
      ['context', 'dataset'],
      'invalid_union',
    );
  });
});
