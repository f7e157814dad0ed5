// Bench work that must not run in the measuring process (set-up whose heap and writes would weigh
// on the next timings, or a tool timed in a fresh process): a TypeScript script run with this
// process's loader, and the script's side of it.
import { spawnSync } from 'node:child_process';

/** Runs `script` with `args` to completion and returns its stdout; throws with its stderr when it fails. */
export function runBenchChild(script: string, args: string[], what: string): string {
  const child = spawnSync(process.execPath, [...process.execArgv, script, ...args], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`${what} failed: ${(child.stderr ?? '').slice(0, 500)}`);
  return child.stdout;
}

/** A child script's entry: a failure is printed with its stack and exits 1. */
export function childMain(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
