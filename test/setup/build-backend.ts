// Builds dist/ (CLI and renderer) once per test run so that tests which spawn `scanbay`
// exercise the current sources, not a stale build. Both Vitest projects inherit this global
// setup: the build runs once (a second build rewriting dist/ while tests spawn the CLI could
// hand them a half-written bundle).
import { buildAll } from '../../electron/tools/build';

const ONCE = Symbol.for('scanbay.test.buildBackend');

export default async function setup(): Promise<void> {
  const g = globalThis as { [ONCE]?: Promise<void> };
  await (g[ONCE] ??= buildAll({ quiet: true }));
}
