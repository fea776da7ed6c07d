import { UsageError } from './usageError.js';

/**
 * The formats of `report`.
 *
 * @internal
 */
export const OUTPUT_FORMATS = ['md', 'html', 'json', 'csv'] as const;

/**
 * A format of `report`: Markdown, HTML, JSON or CSV.
 *
 * @internal
 */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The names `--format` takes besides the formats themselves. */
const ALIASES: Readonly<Record<string, OutputFormat>> = { markdown: 'md', htm: 'html' };

/** The format each file extension of `--out` stands for. */
const EXTENSIONS: Readonly<Record<string, OutputFormat>> = {
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.csv': 'csv',
};

/** The extension of a path's last segment, in lower case (`'.md'`), or `''`. */
function extensionOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** `--format` read: a format or an alias; `undefined` when not given. */
function namedFormat(value: string | undefined): OutputFormat | undefined {
  if (value === undefined) return undefined;
  if ((OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  if (Object.hasOwn(ALIASES, value)) return ALIASES[value];
  throw new UsageError(
    `--format: "${value.slice(0, 20)}" is not one of ${OUTPUT_FORMATS.join(', ')} (or markdown)`,
  );
}

/**
 * The output format of `report` from `--format` and `--out`.
 *
 * @remarks
 * `--format` takes `md` (or `markdown`), `html`, `json` or `csv`. Without it, the extension of
 * `--out` decides (`.md`/`.markdown`, `.html`/`.htm`, `.json`, `.csv`); otherwise Markdown. A
 * `--format` that contradicts a known extension of `--out` (`--format html --out r.md`) is
 * refused rather than writing HTML into a `.md` file; an unknown extension (`r.txt`) takes the
 * format given.
 *
 * @param format - `--format`, if given.
 * @param out - `--out`, if given.
 * @returns The format.
 * @throws UsageError for an unknown format or a conflicting pair.
 *
 * @example
 * ```ts
 * outputFormat(undefined, 'report.html');
 * //=> 'html'
 * ```
 *
 * @internal
 */
export function outputFormat(format: string | undefined, out: string | undefined): OutputFormat {
  const named = namedFormat(format);
  const extension = out === undefined ? '' : extensionOf(out);
  const implied = Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension] : undefined;
  if (named !== undefined && implied !== undefined && named !== implied)
    throw new UsageError(
      `--format ${named} conflicts with --out ${String(out).slice(-60)} (${extension} is ${implied}); give one or make them agree`,
    );
  return named ?? implied ?? 'md';
}
