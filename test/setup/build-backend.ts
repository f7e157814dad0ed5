// Builds dist/ (CLI and renderer) once per test run so that tests which spawn `scanbay`
// exercise the current sources, not a stale build.
import { buildAll } from '../../electron/tools/build';

export default async function setup(): Promise<void> {
  await buildAll({ quiet: true });
}
