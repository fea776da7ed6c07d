/**
 * The `--help` texts of the command and its subcommands.
 *
 * @internal
 */
export const helpTexts = {
  main: `Usage: mining-impact <command> [options]

Commands:
  report [input]    Build the impact report of a dataset (default: the AzerGold dataset)
  validate [input]  Check a dataset and list its issues grouped by code
  schema            Write the JSON Schema files of the dataset format

Options:
  -h, --help        Show help (also after a command: mining-impact report --help)
  -v, --version     Show the version

Input is a dataset JSON file, or a folder holding dataset.json and optionally
employees.ndjson, employees.csv or employees.parquet (streamed row by row).
Exit codes: 0 done, 1 invalid data, 2 wrong usage (unknown flag, missing file);
141 when the reader of the output goes away (as with | head).
`,
  report: `Usage: mining-impact report [input] [options]

Builds the impact report of a dataset: facts with sources, indicators, the GRI content
index and the EITI sections. Without input, reports on the AzerGold reference dataset.

Options:
  -f, --format <md|html|json|csv>  Output format (markdown is md); default: the
                                   extension of --out, else md
  -o, --out <path>                 Write to a file instead of standard output
      --as-of <YYYY-MM-DD>         The day the report describes (default: the day of
                                   the dataset's latest dated fact). With it, a
                                   folder's employee file is streamed: no record is
                                   held, however large the file
      --period <start..end>        The reporting period (default: 1 January of the
                                   as-of year to the as-of day)
      --locality <policy>          The definition of "local": sameDistrict,
                                   sameEconomicRegion, withinKm:<km>,
                                   listedLocations:<id,...>, outsideCapital[:<id,...>]
      --currency <code>            Convert community investment to this currency with
                                   the dataset's exchange rates (fx)
      --territories <id,...>       The districts for projected jobs in territories
                                   (default: the liberated territories, Great Return)
      --metal-unit <oz|t|kg>       The unit of contained metal in resource and reserve
                                   statements; oz is the troy ounce (default: t)
  -h, --help                       Show this help
`,
  validate: `Usage: mining-impact validate [input] [options]

Checks a dataset (and the rows of its employee file) and lists the issues grouped by
code. Exits with 1 when there is an error. Without input, checks the AzerGold dataset.

Options:
      --as-of <YYYY-MM-DD>  The day dates are checked against (default: today)
  -h, --help                Show this help
`,
  schema: `Usage: mining-impact schema [options]

Writes the JSON Schema (draft 2020-12) files of the dataset and its entities.

Options:
  -o, --out <dir>  The folder to write to (default: ./schema)
  -h, --help       Show this help
`,
} as const;
