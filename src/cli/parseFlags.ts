import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closestName } from './closestName.js';
import { UsageError } from './usageError.js';

/** The options of a command as `parseArgs` takes them. */
type FlagOptions = NonNullable<ParseArgsConfig['options']>;

/**
 * The one-line message of an unknown option, with the known option it most resembles:
 * `Unknown option '--fromat'; did you mean '--format'?`.
 */
function unknownOption(typed: string, options: Readonly<FlagOptions>): string {
  const word = typed.replace(/^--?/, '').split('=')[0] ?? '';
  const names = Object.keys(options);
  const hint = closestName(word, names);
  return hint === undefined
    ? `Unknown option '${typed.slice(0, 40)}'`
    : `Unknown option '${typed.slice(0, 40)}'; did you mean '--${hint}'?`;
}

/**
 * Reads the flags and positionals of a command with `parseArgs` (strict), turning its errors into
 * one-line usage errors, with a "did you mean" for a mistyped option.
 *
 * @param args - The arguments after the command name.
 * @param options - The command's options.
 * @returns What `parseArgs` read.
 * @throws UsageError for an unknown option, a missing value or a value given to a boolean flag.
 * @internal
 */
export function parseFlags<T extends FlagOptions>(
  args: readonly string[],
  options: T,
): ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
> {
  try {
    return parseArgs({ args: Array.from(args), options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = String(message);
    const typed = /^Unknown option '([^']*)'/.exec(text)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && typed !== undefined)
      throw new UsageError(unknownOption(typed, options));
    throw new UsageError(text.split('\n')[0] ?? 'wrong usage');
  }
}
