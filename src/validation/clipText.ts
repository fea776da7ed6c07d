/**
 * Cuts a string to at most `max` UTF-16 code units without splitting a surrogate pair.
 *
 * @remarks
 * `text.slice(0, max)` can end on the first half of a pair (an emoji, a CJK extension
 * character), which leaves a lone surrogate that a UTF-8 encoder turns into U+FFFD. When the cut
 * would fall inside a pair, the whole pair is left out.
 *
 * @param text - The string.
 * @param max - The most code units to keep, >= 0.
 * @returns `text` itself when it is short enough, otherwise its longest well-formed prefix of at
 * most `max` code units.
 * @internal
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const splitsPair = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, splitsPair ? max - 1 : max);
}
