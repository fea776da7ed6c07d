#!/usr/bin/env node
import { main } from './main.js';
import { outputFailure } from './outputFailure.js';

// A reader that goes away (`| head`) or a full disk (`>/dev/full`) ends the command with one
// line and exit 1, never an unhandled 'error' event.
const fail = outputFailure({ stderr: process.stderr, exit: (code) => process.exit(code) });
process.stdout.on('error', fail);
process.stderr.on('error', fail);

// The command line entry: the process's streams and today's date (UTC) go to `main`, whose
// result is the exit code. `main` never rejects: every failure is already a message and a code.
void main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  today: () => new Date().toISOString().slice(0, 10),
}).then((code) => {
  process.exitCode = code;
});
