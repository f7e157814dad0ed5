// Child process of rotating-file.test.ts: appends N numbered lines to a shared RotatingFile,
// starting at a common instant so that the writers overlap and rotate concurrently.
import { RotatingFile } from '../../../electron/logging/rotating-file';

const [path, name, count, startAt] = process.argv.slice(2) as [string, string, string, string];
// keep is large enough that no line of this run is deleted: the test counts every line.
const file = new RotatingFile(path, { maxBytes: 2000, keep: 400 });
while (Date.now() < Number(startAt)) {
  // spin: a timer would add a scheduling delay of its own
}
for (let i = 0; i < Number(count); i++) file.write(`${name} ${i} ${'x'.repeat(40)}\n`);
file.close();
