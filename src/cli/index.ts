#!/usr/bin/env node
import { main } from './main.js';

// The command line entry: the process's streams and today's date (UTC) go to `main`, whose
// result is the exit code. `main` never rejects: every failure is already a message and a code.
void main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  today: () => new Date().toISOString().slice(0, 10),
}).then((code) => {
  process.exitCode = code;
});
