// `npm test`: build, type-check, lint, unit tests (Vitest), e2e (Playwright, Debian Chromium; the
// Electron spec runs where a binary exists). Ends with one line "N passed, N failed" over all runners.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = join(root, 'test-results');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

interface Tally {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  /** Each skipped test with the reason it gave ("file › title — reason"). */
  skips?: string[];
  /** Each failed test with the start of its error ("file › title — message"), so a log's tail says which. */
  failures?: string[];
}

/** The first lines of a failure message, without colour codes: enough to tell one failure from another. */
function firstLines(message: string | undefined, lines = 3): string {
  const text = (message ?? 'no message').replace(/\u001b\[[0-9;]*m/g, '');
  return text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, lines).join(' | ').slice(0, 600);
}

/**
 * Vitest's JSON report keeps only the stack of a test that timed out, headed "STACK_TRACE_ERROR"
 * (the message "Test timed out" is lost): say so, with where the test is.
 */
function vitestFailure(message: string | undefined, durationMs: number | undefined): string {
  if (!message?.startsWith('Error: STACK_TRACE_ERROR')) return firstLines(message);
  const at = message.split('\n').find((l) => l.includes(' at ') && !l.includes('node_modules'));
  return `timed out after ${((durationMs ?? 0) / 1000).toFixed(1)} s${at ? ` (${at.trim()})` : ''}`;
}

interface PwTest {
  projectName: string;
  status: string;
  annotations: { type: string; description?: string }[];
  results?: { error?: { message?: string } }[];
}
interface PwSuite {
  title: string;
  file?: string;
  specs?: { title: string; tests: PwTest[] }[];
  suites?: PwSuite[];
}

/** Every test of a Playwright JSON report, named "[project] describe › title". */
function playwrightTests(suites: PwSuite[], path: string[] = []): { name: string; test: PwTest }[] {
  return suites.flatMap((suite) => {
    const here = suite.title ? [...path, suite.title] : path;
    const own = (suite.specs ?? []).flatMap((spec) => spec.tests.map((test) => ({ name: `[${test.projectName}] ${[...here, spec.title].join(' › ')}`, test })));
    return [...own, ...playwrightTests(suite.suites ?? [], here)];
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } });
    child.on('error', () => resolve(127));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** A step without a test report counts as one check. */
async function check(name: string, command: string, args: string[]): Promise<Tally> {
  process.stdout.write(`\n== ${name}\n`);
  const code = await run(command, args);
  return { name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 };
}

async function vitest(): Promise<Tally> {
  process.stdout.write('\n== unit tests (vitest)\n');
  const out = join(results, 'unit.json');
  const code = await run(bin('vitest'), ['run', '--config', 'test/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) return { name: 'vitest', passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(out, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
    testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string; duration?: number; failureMessages?: string[] }[] }[];
  };
  // Vitest records no reason for a skip: every unit test must run, so a skipped one is a failure.
  const skips = r.testResults.flatMap((f) => f.assertionResults.filter((a) => a.status !== 'passed' && a.status !== 'failed').map((a) => `${f.name.replace(root, '')} › ${a.fullName} — ${a.status}, no reason recorded (counted as failed)`));
  // A suite that fails to load has no failed tests but is still a failure.
  const failed = r.numFailedTests + skips.length + (code !== 0 && r.numFailedTests === 0 ? Math.max(1, r.numFailedTestSuites) : 0);
  const failures = r.testResults.flatMap((f) => {
    const file = f.name.replace(root, '');
    const tests = f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${file} › ${a.fullName} — ${vitestFailure(a.failureMessages?.[0], a.duration)}`);
    // A file that failed outside its tests (it did not load, a hook threw).
    return tests.length === 0 && f.status === 'failed' ? [`${file} — ${firstLines(f.message)}`] : tests;
  });
  return { name: 'vitest', passed: r.numPassedTests, failed, skipped: r.numPendingTests + r.numTodoTests, skips, failures };
}

async function playwright(): Promise<Tally> {
  process.stdout.write('\n== e2e tests (playwright)\n');
  const out = join(results, 'e2e.json');
  const args = ['test', '--config', 'test/e2e/playwright.config.ts'];
  // The Electron spec needs a display; Chromium runs headless without one.
  const wrap = !process.env.DISPLAY && existsSync(join(root, 'node_modules/electron/path.txt')) && existsSync('/usr/bin/xvfb-run');
  const code = wrap ? await run('xvfb-run', ['-a', bin('playwright'), ...args]) : await run(bin('playwright'), args);
  if (!existsSync(out)) return { name: 'playwright', passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(out, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; suites: PwSuite[] };
  const s = report.stats;
  // A skip must say why; one that does not counts as a failure.
  const tests = playwrightTests(report.suites);
  const skips = tests.filter(({ test }) => test.status === 'skipped').map(({ name, test }) => ({ name, reason: test.annotations.find((a) => a.type === 'skip')?.description ?? null }));
  const unexplained = skips.filter((k) => !k.reason).length;
  const failed = s.unexpected + unexplained + (code !== 0 && s.unexpected === 0 ? 1 : 0);
  return {
    name: 'playwright',
    passed: s.expected + s.flaky,
    failed,
    skipped: s.skipped,
    skips: skips.map((k) => `${k.name} — ${k.reason ?? 'NO REASON GIVEN (counted as failed)'}`),
    // Failed in their last try (a test that passed on a retry counts as flaky, not failed).
    failures: tests.filter(({ test }) => test.status === 'unexpected').map(({ name, test }) => `${name} — ${firstLines(test.results?.at(-1)?.error?.message)}`),
  };
}

async function main(): Promise<void> {
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  const tallies: Tally[] = [];
  tallies.push(await check('build', process.execPath, ['--import', 'tsx', 'electron/tools/build.ts']));
  tallies.push(await check('type-check (tsc -b)', bin('tsc'), ['-b']));
  tallies.push(await check('lint (eslint)', bin('eslint'), ['.']));
  tallies.push(await vitest());
  tallies.push(await playwright());

  const passed = tallies.reduce((n, t) => n + t.passed, 0);
  const failed = tallies.reduce((n, t) => n + t.failed, 0);
  const skipped = tallies.reduce((n, t) => n + t.skipped, 0);
  process.stdout.write('\n');
  for (const t of tallies) process.stdout.write(`  ${t.name}: ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}\n`);
  if (skipped) {
    process.stdout.write(`  ${skipped} skipped:\n`);
    for (const line of tallies.flatMap((t) => t.skips ?? [])) process.stdout.write(`    - ${line}\n`);
  }
  const failures = tallies.flatMap((t) => t.failures ?? []);
  if (failures.length) {
    process.stdout.write(`  ${failures.length} failed:\n`);
    for (const line of failures) process.stdout.write(`    - ${line}\n`);
  }
  const summary = `${passed} passed, ${failed} failed`;
  writeFileSync(join(results, 'summary.txt'), `${summary}\n`);
  process.stdout.write(`${summary}\n`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
