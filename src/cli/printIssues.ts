import { type Issue, summarizeIssues, terminalText } from '../index.js';
import type { CliIo } from './cliIo.js';

/**
 * Prints validation issues grouped by code: each code with its count and its first five issues,
 * then the totals.
 *
 * @param issues - The issues.
 * @param out - Where to print.
 * @internal
 */
export function printIssues(issues: readonly Issue[], out: CliIo['stdout']): void {
  const summary = summarizeIssues(issues);
  for (const entry of summary.byCode) {
    out.write(`${entry.severity.padEnd(7)} ${entry.code}  ${entry.count}\n`);
    for (const issue of issues.filter((i) => i.code === entry.code).slice(0, 5))
      out.write(
        `          ${issue.path === '' ? '/' : terminalText(issue.path)}: ${terminalText(issue.message)}\n`,
      );
    if (entry.count > 5) out.write(`          … and ${entry.count - 5} more\n`);
  }
  out.write(`${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos\n`);
}
