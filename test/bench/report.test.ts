import { describe, expect, it } from 'vitest';
import { markdown, problems, table, unregistered } from './report';

describe('bench report', () => {
  it('finds metrics sharing a name, thin p99s, verdicts without targets and non-numbers', () => {
    expect(problems([{ name: 'a', value: 1, unit: 'ms', n: 3000, p99: 2, target: 't', met: true }])).toEqual([]);
    expect(
      problems([
        { name: 'renderer.bundle', value: 1, unit: 'bytes', n: 1 },
        { name: 'renderer.bundle', value: 2, unit: 'bytes', n: 1 },
        { name: 'scan', value: 1, unit: 'ms', n: 500, p99: 3 },
        { name: 'x', value: Number.NaN, unit: 'ms', n: 1, met: false },
      ]),
    ).toEqual([
      'renderer.bundle: more than one metric has this name',
      'scan: a p99 from 500 samples (at least 3000 needed)',
      'x: judged without a target',
      'x: value NaN is not a number',
    ]);
  });

  it('prints a Markdown table with a max column and the verdict', () => {
    const lines = table([{ name: 'scan_path.10000', value: 1.5, unit: 'ms', n: 3000, p50: 0.6, p99: 1.5, max: 12.4, baseline: 0.4, ratio: 3.75, target: 'p99 <= 2 ms', met: true }]);
    expect(lines[0]).toBe('| metric | value | unit | n | p50 | p99 | max | baseline | ratio | target | met |');
    expect(lines[1]).toBe('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    expect(lines[2]).toBe('| scan_path.10000 | 1.5 | ms | 3,000 | 0.6 | 1.5 | 12.4 | 0.4 | 3.75 | p99 <= 2 ms | yes |');
  });

  it('keeps the hand-written method section of the previous file', () => {
    const run = { date: '2027-01-02', command: 'npm run bench', seconds: '9', machine: 'M', lines: ['| t |'] };
    const previous = '# ScanBay benchmarks\n\nold table\n\n## Method\n\nWhat each bench does.\n';
    const text = markdown(run, previous);
    expect(text).toContain('Run on 2027-01-02 with `npm run bench` (9 s).');
    expect(text).not.toContain('old table');
    expect(text.endsWith('| t |\n\n## Method\n\nWhat each bench does.\n')).toBe(true);
    expect(markdown(run, null).endsWith('| t |\n')).toBe(true);
  });

  it('names bench files missing from the registry', () => {
    expect(unregistered(['a.bench.ts', 'b.bench.ts', 'stats.ts', 'x.test.ts'], ['a'])).toEqual([
      'test/bench/b.bench.ts is not registered in test/bench/run.ts (BENCH_FILES): it did not run',
    ]);
  });
});
