import { runCli } from './program';

// Entry point of the bundled CLI (dist/electron/cli.mjs). Long-running commands (serve,
// simulate) resolve only when they stop, so the exit code is always the command's own.
process.exitCode = await runCli(process.argv.slice(2));
