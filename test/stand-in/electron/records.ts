/**
 * What the stand-in cannot show (a print dialog, the system's PDF viewer) is recorded here and
 * printed as one `stand-in: <what> <json>` line on stdout, so unit tests (this array) and process
 * tests (stdout) can check that the app asked for it.
 */
export type StandInRecord =
  | { what: 'print'; url: string; options: unknown }
  | { what: 'shell.openPath'; path: string };

export const standInRecords: StandInRecord[] = [];

export function record(entry: StandInRecord): void {
  standInRecords.push(entry);
  const { what, ...rest } = entry;
  process.stdout.write(`stand-in: ${what} ${JSON.stringify(rest)}\n`);
}
