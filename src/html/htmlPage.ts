import { PAGE_STYLE } from './pageStyle.js';

/**
 * The HTML document around a report's body: the charset, the Content-Security-Policy, the
 * viewport, the title and the style sheet.
 *
 * @remarks
 * The Content-Security-Policy is `default-src 'none'; style-src 'unsafe-inline'; img-src data:`:
 * the page may run no script and fetch nothing; only its own inline style applies. The viewport
 * is the device width, so phones lay the page out at their own width ({@link PAGE_STYLE}).
 *
 * @param title - The document title, already escaped.
 * @param body - The body's HTML, already escaped.
 * @returns The HTML document, ending with a newline.
 *
 * @example
 * ```ts
 * htmlPage('Report', '<p>Hi</p>').startsWith('<!doctype html>\n<html lang="en">');
 * //=> true
 * ```
 *
 * @category Reports
 * @internal
 */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
