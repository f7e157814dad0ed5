import type { Command } from 'commander';

/** One module per command; each adds itself to the program. */
export function registerCommands(_program: Command): void {}
