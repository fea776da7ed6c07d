#!/usr/bin/env node
import { main } from './main.js';

// The command line entry: the process's streams and today's date (UTC) go to `main`.
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  today: () => new Date().toISOString().slice(0, 10),
});
