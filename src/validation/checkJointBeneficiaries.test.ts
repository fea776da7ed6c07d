import { describe, expect, it } from 'vitest';
import { baseDataset, NOW } from '../../test/fixtures/baseDataset.js';
import { validateDataset } from './validateDataset.js';

type Json = { programs: unknown[] } & Record<string, unknown>;

const hundreds = { count: { min: 200, max: 999 }, unit: 'person', estimated: true };

/** The base dataset with three programs; `beneficiaries` gives each one's beneficiaries. */
function withPrograms(...beneficiaries: readonly unknown[]): Json {
  const dataset = baseDataset() as unknown as Json;
  const first = dataset.programs[0] as Record<string, unknown>;
  dataset.programs = ['prog-a', 'prog-b', 'prog-c'].map((id, i) => ({
    ...first,
    id,
    spend: [],
    ...(beneficiaries[i] === undefined ? {} : { beneficiaries: beneficiaries[i] }),
  }));
  return dataset;
}

function jointIssues(dataset: Json): { path: string; message: string }[] {
  return validateDataset(dataset, { now: NOW })
    .issues.filter((i) => i.code === 'program.joint_beneficiaries')
    .map(({ path, message }) => ({ path, message }));
}

describe('program.joint_beneficiaries', () => {
  it('accepts a group of three that agrees', () => {
    const dataset = withPrograms(
      { ...hundreds, jointWith: ['prog-b', 'prog-c'] },
      { ...hundreds, jointWith: ['prog-c', 'prog-a'] },
      { ...hundreds, jointWith: ['prog-a', 'prog-b'] },
    );
    expect(jointIssues(dataset)).toEqual([]);
  });

  it('names an unknown program, the program itself and a program not sharing back', () => {
    const dataset = withPrograms(
      { ...hundreds, jointWith: ['prog-x'] },
      { ...hundreds, jointWith: ['prog-b'] },
      { ...hundreds, jointWith: ['prog-a'] },
    );
    expect(jointIssues(dataset)).toEqual([
      {
        path: '/programs/0/beneficiaries/jointWith/0',
        message: 'Program "prog-a" lists "prog-x", which is not a program of the dataset.',
      },
      { path: '/programs/1/beneficiaries/jointWith/0', message: 'Program "prog-b" lists itself.' },
      {
        path: '/programs/2/beneficiaries/jointWith/0',
        message: 'Program "prog-c" and "prog-a" list different groups of programs.',
      },
    ]);
  });

  it('refuses a group whose programs give different counts', () => {
    const dataset = withPrograms(
      { ...hundreds, jointWith: ['prog-b'] },
      { ...hundreds, count: { min: 200, max: 900 }, jointWith: ['prog-a'] },
    );
    expect(jointIssues(dataset).map((i) => i.message)).toEqual([
      'Program "prog-a" and "prog-b" give different counts, units or estimates for their joint beneficiaries.',
      'Program "prog-b" and "prog-a" give different counts, units or estimates for their joint beneficiaries.',
    ]);
  });

  it('names a listed program without a joint count', () => {
    const dataset = withPrograms({ ...hundreds, jointWith: ['prog-b'] }, hundreds);
    expect(jointIssues(dataset)).toEqual([
      {
        path: '/programs/0/beneficiaries/jointWith/0',
        message: 'Program "prog-a" lists "prog-b", which does not share the count back.',
      },
    ]);
  });
});
