// Builds the Node bundles (CLI, backend) once per test run so that tests which spawn
// `scanbay` exercise the current sources, not a stale dist/.
import { buildNode } from '../../electron/tools/build-node';

export default async function setup(): Promise<void> {
  await buildNode({ quiet: true, only: ['cli'] });
}
