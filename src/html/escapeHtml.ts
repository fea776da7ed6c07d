/**
 * Escapes text for HTML content and attribute values: `&`, `<`, `>`, `"` and `'`.
 *
 * @param text - Untrusted text.
 * @returns The text with the five characters as entities.
 * @internal
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
