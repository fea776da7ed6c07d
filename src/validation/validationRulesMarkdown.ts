import { validationRules } from './validationRules.js';

const STAGES = [
  ['input', 'Input', 'Checks on the raw input, before any schema runs.'],
  [
    'structure',
    'Structure',
    'The zod schemas of the model and their refinements: the constraints the generated JSON Schema states.',
  ],
  ['rule', 'Rules', 'Checks across records, run once the structure is valid.'],
] as const;

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/**
 * Renders {@link validationRules} as the Markdown page `docs/validation-rules.md`.
 *
 * @returns The page, front matter included, ending with a newline.
 * @internal
 */
export function validationRulesMarkdown(): string {
  const lines: string[] = [
    '---',
    'title: Validation rules',
    '---',
    '',
    '# Validation rules',
    '',
    '<!-- Generated from src/validation/validationRules.ts by `npm run docs:generated`. Do not edit. -->',
    '',
    '`validateDataset` reports every problem as an issue with one of the codes below, a severity and',
    'a JSON Pointer path. A dataset is valid exactly when no issue is an error.',
    '',
  ];
  for (const [stage, heading, intro] of STAGES) {
    lines.push(
      `## ${heading}`,
      '',
      intro,
      '',
      '| Code | Severity | Applies to | Rule |',
      '| --- | --- | --- | --- |',
    );
    for (const [code, rule] of Object.entries(validationRules)) {
      if (rule.stage !== stage) continue;
      lines.push(
        `| \`${code}\` | ${rule.severity} | ${cell(rule.appliesTo)} | ${cell(rule.description)} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
