/** `--data-dir DIR` / `--data-dir=DIR` from the app's command line (used by tests and kiosk setups). */
export function dataDirArg(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--data-dir') return argv[i + 1];
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}
