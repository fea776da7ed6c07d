/**
 * Where `JSON.parse` stopped, from its error message.
 *
 * @remarks
 * The position the message gives (`… in JSON at position 7`); else, for V8's "Unexpected token
 * 'x', "…context…" is not valid JSON", the place of the token within the quoted context (up to
 * ten characters of text before it, cut with `...`); else the end of the text (a truncated
 * document).
 *
 * @param message - The error message.
 * @param text - The text that was parsed.
 * @returns The character offset.
 * @internal
 */
export function jsonErrorOffset(message: string, text: string): number {
  const at = /at position (\d+)/.exec(message);
  if (at !== null) return Number(at[1]);
  const context = /^Unexpected token '(.)', (\.\.\.)?"(.*)"(?:\.\.\.)? is not valid JSON$/s.exec(
    message,
  );
  if (context === null) return text.length;
  const [, token = '', cut, snippet = ''] = context;
  const start = text.indexOf(snippet);
  const within = snippet.indexOf(token, cut === undefined ? 0 : Math.min(10, snippet.length - 1));
  return start === -1 || within === -1 ? text.length : start + within;
}
