import type { Command } from 'commander';
import { createLogger, type StationLogger } from '../logging/logger';

let current: StationLogger | null = null;

/** The CLI's logger for this run, writing to the data dir's log once a command has opened one. */
export function cliLogger(dataDir: string): StationLogger {
  current ??= createLogger({ proc: 'cli', dataDir });
  return current;
}

export function currentCliLogger(): StationLogger | null {
  return current;
}

/** `users add` from `users add --pin 1234 …`: command names only, never argument values. */
export function commandPath(program: Command, argv: string[]): string {
  const names: string[] = [];
  let cmd: Command | undefined = program;
  for (const word of argv) {
    const sub: Command | undefined = cmd?.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!sub) break;
    names.push(sub.name());
    cmd = sub;
  }
  return names.join(' ') || '(none)';
}
