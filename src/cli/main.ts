import { createRequire } from 'node:module';
import type { CliIo } from './cliIo.js';
import { closestName } from './closestName.js';
import { DataError } from './dataError.js';
import { errorMessage } from './errorMessage.js';
import { helpTexts } from './helpTexts.js';
import { UsageError } from './usageError.js';

const require = createRequire(import.meta.url);

/** A command: its arguments and the streams in, the exit code out. */
type Command = (args: readonly string[], io: CliIo) => Promise<number>;

/**
 * The commands, each loaded when it runs: `--help` and `--version` load neither the library nor
 * the reference data.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  report: async () => (await import('./reportCommand.js')).reportCommand,
  validate: async () => (await import('./validateCommand.js')).validateCommand,
  schema: async () => (await import('./schemaCommand.js')).schemaCommand,
};

/** The usage error of an unknown command, with the command it most resembles. */
function unknownCommand(command: string | undefined): UsageError {
  if (command === undefined) return new UsageError('no command given');
  const hint = closestName(command, Object.keys(COMMANDS));
  return new UsageError(
    `unknown command "${command.slice(0, 40)}"${hint === undefined ? '' : `; did you mean "${hint}"?`}`,
  );
}

/** Runs a command line, throwing usage and data errors. */
async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${(require('mining-impact/package.json') as { version: string }).version}\n`);
    return 0;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(helpTexts.main);
    return 0;
  }
  const load =
    command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (load === undefined) throw unknownCommand(command);
  return await (await load())(rest, io);
}

/** Writes the one line of a failure on stderr, control characters made visible. */
async function printFailure(text: string, io: CliIo): Promise<void> {
  const { terminalText } = await import('../index.js');
  io.stderr.write(`mining-impact: ${terminalText(text)}\n`);
}

/**
 * Runs the `mining-impact` command.
 *
 * @param argv - The arguments after the program name.
 * @param io - Standard output and error, and today's date.
 * @returns The exit code: 0 done, 1 invalid data, 2 wrong usage.
 * @internal
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof DataError) return 1;
    if (error instanceof UsageError) {
      await printFailure(error.message, io);
      io.stderr.write('Run "mining-impact --help" for usage.\n');
      return 2;
    }
    await printFailure(errorMessage(error), io);
    return 1;
  }
}
