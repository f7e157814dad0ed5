import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readScanLines } from '../../../electron/cli/commands/decode';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const GS = '\x1d';

function runDecode(args: string[], input: Buffer | string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['electron/cli/scanbay.mjs', 'decode', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const lines = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('scanbay decode', () => {
  it('prints one JSON object per input line, GS1 with a 0x1D byte, and bad lines as data', async () => {
    const input = [
      ']d2010950110153000317250600' + '10AB-12' + GS + '21SN1\r', // CRLF line ending
      ']d20109501101530004',
      ']E09501101530003',
      'PLAIN-42',
      '',
      '(01)09501101530003(17)250630',
    ].join('\n');
    const { code, stdout, stderr } = await runDecode(['--data-dir', '/tmp/scanbay-decode-test'], input);
    expect([code, stderr]).toEqual([0, '']);
    const out = lines(stdout);
    expect(out).toHaveLength(6);
    expect(out[0]).toEqual({
      ok: true,
      symbology: ']d2',
      gs1: true,
      elements: [
        { ai: '01', value: '09501101530003' },
        { ai: '17', value: '250600' },
        { ai: '10', value: 'AB-12' },
        { ai: '21', value: 'SN1' },
      ],
      gtin: '09501101530003',
      serial: 'SN1',
      batch: 'AB-12',
      expiry: '2025-06-30',
      code: null,
      warnings: [],
    });
    expect(out[1]).toMatchObject({ ok: false, error: { code: 'bad_check_digit' } });
    expect((out[1]?.error as { message: string }).message).toContain('AI (01)');
    expect(out[2]).toMatchObject({ ok: true, symbology: ']E0', gs1: false, gtin: '09501101530003', code: '9501101530003' });
    expect(out[3]).toMatchObject({ ok: true, symbology: null, gs1: false, code: 'PLAIN-42' });
    expect(out[4]).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(out[5]).toMatchObject({ ok: true, gs1: true, expiry: '2025-06-30' });
  });

  it('applies --fnc1 substitutes (repeatable)', async () => {
    const input = ']d2010950110153000310A<GS>21B\n]d2010950110153000310C~21D\n';
    const { code, stdout } = await runDecode(['--fnc1', '<GS>', '--fnc1', '~'], input);
    expect(code).toBe(0);
    expect(lines(stdout).map((o) => [o.batch, o.serial])).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
  });

  it('--hri adds the human-readable form; Digital Link URIs decode too; errors give the position', async () => {
    const input = [
      ']d2010950110153000317250600' + '10AB-12' + GS + '21SN1',
      'https://id.gs1.org/01/09506000134352/10/ABC1?17=270101',
      ']E09501101530003',
      ']d2010950110153000310AB#C',
      ']C121SN1',
    ].join('\n');
    const { code, stdout } = await runDecode(['--hri'], input);
    expect(code).toBe(0);
    const out = lines(stdout);
    expect(out[0]).toMatchObject({ ok: true, hri: '(01)09501101530003(17)250600(10)AB-12(21)SN1' });
    expect(out[1]).toMatchObject({ ok: true, gtin: '09506000134352', batch: 'ABC1', expiry: '2027-01-01', hri: '(01)09506000134352(10)ABC1(17)270101' });
    expect(out[2]).toMatchObject({ ok: true, gtin: '09501101530003', hri: null });
    expect(out[3]).toEqual({
      ok: false,
      error: { code: 'bad_character', message: 'AI (10) BATCH/LOT: character "#" is not allowed (CSET 82) (at position 24)', position: 24 },
    });
    expect(out[4]).toMatchObject({ ok: true, serial: 'SN1', warnings: [{ code: 'missing_association', ai: '21', requires: ['01', '03', '8006'] }] });
    expect(out[4]).toHaveProperty('hri', '(21)SN1');
  });

  it('--enforce-associations turns missing partner AIs into errors', async () => {
    const { code, stdout } = await runDecode(['--enforce-associations'], ']C121SN1\n]C1010950110153000321SN1\n');
    expect(code).toBe(0);
    expect(lines(stdout)).toMatchObject([{ ok: false, error: { code: 'missing_association' } }, { ok: true, serial: 'SN1', warnings: [] }]);
    const plain = lines((await runDecode([], ']C121SN1\n')).stdout);
    expect(plain[0]).not.toHaveProperty('hri');
  });

  it('reports an oversize line as too_long and keeps going', async () => {
    const input = Buffer.concat([Buffer.alloc(200_000, 'x'), Buffer.from('\nOK-1\n')]);
    const { code, stdout } = await runDecode([], input);
    expect(code).toBe(0);
    const out = lines(stdout);
    expect(out.map((o) => (o.ok ? o.code : (o.error as { code: string }).code))).toEqual(['too_long', 'OK-1']);
  });

  it('stops quietly with exit code 0 when its reader goes away (| head)', async () => {
    const child = spawn(process.execPath, ['electron/cli/scanbay.mjs', 'decode'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdin.on('error', () => undefined); // the child may stop reading before all input is written
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end('SCAN-1\n'.repeat(300_000));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect([code, stderr]).toEqual([0, '']);
  });
});

describe('readScanLines', () => {
  async function collect(chunks: string[], maxBytes = 100) {
    async function* source() {
      for (const c of chunks) yield Buffer.from(c, 'utf8');
    }
    const out: unknown[] = [];
    for await (const item of readScanLines(source(), maxBytes)) out.push(item);
    return out;
  }

  it('joins lines split across chunks, strips CR, and keeps a last line without newline', async () => {
    expect(await collect(['01095', '01101530003\r', '\nAB', 'C\n\nlast'])).toEqual([
      { line: '0109501101530003' },
      { line: 'ABC' },
      { line: '' },
      { line: 'last' },
    ]);
  });

  it('does not split a multi-byte character cut between chunks', async () => {
    const bytes = Buffer.from('Ω-1\n', 'utf8');
    async function* source() {
      yield bytes.subarray(0, 1);
      yield bytes.subarray(1);
    }
    const out: unknown[] = [];
    for await (const item of readScanLines(source(), 100)) out.push(item);
    expect(out).toEqual([{ line: 'Ω-1' }]);
  });

  it('reports a line longer than the limit by size without buffering it', async () => {
    expect(await collect(['x'.repeat(60), 'x'.repeat(60), '\nshort\n'], 100)).toEqual([{ tooLongBytes: 120 }, { line: 'short' }]);
    expect(await collect(['y'.repeat(150) + '\nz'], 100)).toEqual([{ tooLongBytes: 150 }, { line: 'z' }]);
  });
});
