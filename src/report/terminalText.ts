/**
 * The characters a terminal or a renderer may act on instead of showing: C0 controls (escape
 * sequences start with ESC, U+001B), DEL, C1 controls, and the bidirectional marks, embeddings,
 * overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes untrusted text safe to show: every control character and bidirectional control is
 * written as its escape, `\u001B`, so that it is seen rather than obeyed.
 *
 * @remarks
 * The one sanitiser for text from a dataset that reaches a terminal or a report: names and
 * messages printed by the command, and every text cell of the Markdown report. A name holding
 * `\u001b[2J` would clear the screen; one holding U+202E would show `2015-02-11` as
 * `11-20-5102`. Line breaks and tabs are escaped too: the text stays on its line.
 *
 * @param text - Untrusted text.
 * @returns The text with each unsafe character as `\uXXXX` (four upper-case hex digits).
 *
 * @example
 * ```ts
 * terminalText('Mine\u001b[2J \u202eA');
 * //=> 'Mine\\u001B[2J \\u202EA'
 * ```
 *
 * @category Reports
 */
export function terminalText(text: string): string {
  return text.replace(
    UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
