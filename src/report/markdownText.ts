import { terminalText } from './terminalText.js';

/**
 * Makes untrusted text safe inside Markdown: one line, control and bidirectional characters
 * written as escapes ({@link terminalText}), the characters that start markup (`\`, `` ` ``,
 * `*`, `_`, `~`, `[`, `]`, `<`, `>`, `|`) escaped with a backslash, and GitHub's autolinks
 * broken: `www.` becomes `www\.`, `://` becomes `\://` and `@` becomes `\@`, so that a name such
 * as `__x__ ~~y~~ www.evil.example/login` is shown as written, not bold, struck or linked.
 *
 * @param text - The text.
 * @returns The text as literal Markdown on one line.
 * @internal
 */
export function markdownText(text: string): string {
  const oneLine = text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
  return terminalText(oneLine)
    .replace(/[\\`*_~[\]<>|@]/g, '\\$&')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/:\/\//g, '\\://');
}
