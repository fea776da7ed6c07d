import { describe, expect, it } from 'vitest';
import type { Issue } from './issue.js';
import { SUMMARY_PATH_LIMIT, summarizeIssues } from './summarizeIssues.js';

const issue = (code: string, severity: Issue['severity'], path: string): Issue => ({
  code,
  severity,
  path,
  message: 'm',
});

describe('summarizeIssues', () => {
  it('counts by severity and groups by code, errors first, then by code', () => {
    const summary = summarizeIssues([
      issue('source.none', 'warning', '/awards/0/sourceIds'),
      issue('ref.missing', 'error', '/sites/0/locationId'),
      issue('location.no_point', 'info', '/locations/0'),
      issue('id.duplicate', 'error', '/sources/1/id'),
      issue('ref.missing', 'error', '/sites/1/locationId'),
    ]);
    expect(summary).toEqual({
      errors: 3,
      warnings: 1,
      infos: 1,
      byCode: [
        { code: 'id.duplicate', severity: 'error', count: 1, paths: ['/sources/1/id'] },
        {
          code: 'ref.missing',
          severity: 'error',
          count: 2,
          paths: ['/sites/0/locationId', '/sites/1/locationId'],
        },
        { code: 'source.none', severity: 'warning', count: 1, paths: ['/awards/0/sourceIds'] },
        { code: 'location.no_point', severity: 'info', count: 1, paths: ['/locations/0'] },
      ],
    });
  });

  it('keeps only the first paths of a code', () => {
    const issues = Array.from({ length: 8 }, (_, i) =>
      issue('ref.missing', 'error', `/sites/${i}/locationId`),
    );
    const [entry] = summarizeIssues(issues).byCode;
    expect(entry?.count).toBe(8);
    expect(entry?.paths).toHaveLength(SUMMARY_PATH_LIMIT);
    expect(entry?.paths[4]).toBe('/sites/4/locationId');
  });
});
