/**
 * Describes the first issue of a failed zod parse as `path: message`, for an error detail.
 *
 * @param issues - The issues of the parse (a failed parse always has one).
 * @param prefix - The path of the parsed value in the caller's arguments, e.g. `deposits[2]`.
 * @returns E.g. `deposits[2].estimates.0.effectiveDate: Expected a real calendar date YYYY-MM-DD.`
 * @internal
 */
export function firstIssue(
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
  prefix: string,
): string {
  const issue = issues[0] as { readonly path: readonly PropertyKey[]; readonly message: string };
  const path = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
  return `${path === '' ? '(root)' : path}: ${issue.message}`;
}
