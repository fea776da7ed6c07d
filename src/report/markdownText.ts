/**
 * Makes untrusted text safe inside Markdown: one line, with the characters that start markup
 * (`\`, `` ` ``, `*`, `[`, `]`, `<`, `>`, `|`) escaped with a backslash.
 *
 * @param text - The text.
 * @returns The text as literal Markdown on one line.
 * @internal
 */
export function markdownText(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[\\`*[\]<>|]/g, '\\$&');
}
