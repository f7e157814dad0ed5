import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openStation } from '../../../electron/backend/station';
import { createLogger } from '../../../electron/logging/logger';
import { logFilePath } from '../../../electron/logging/paths';
import { defineRoute } from '../../../electron/rest/route';
import { startServer } from '../../../electron/server/http-server';
import { SCANBAY_VERSION } from '../../../electron/backend/version';
import { runCli, startServe, waitExit } from '../../helpers/cli';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'scanbay-logger-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

type Line = Record<string, unknown> & { level: string; time: string; proc: string; msg: string };
const logLines = (dataDir: string): Line[] =>
  existsSync(logFilePath(dataDir)) ? readFileSync(logFilePath(dataDir), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line) : [];

describe('the station log', () => {
  it('writes JSON lines with level, ISO time, process and context to <dataDir>/logs/scanbay.log, secrets redacted', () => {
    const dataDir = tempDir();
    const logger = createLogger({ proc: 'backend', dataDir, stderr: false });
    logger.info({ device: 'scale', detail: 'Dymo M10' }, 'scale connected');
    logger.error({ input: { pin: '4321', name: 'ana' }, headers: { 'x-access-token': 'tok-abc' }, secret: 'sec-xyz' }, 'sign-in with pin=4321 failed');
    logger.debug('below the default level');
    expect(logger.file).toBe(join(dataDir, 'logs', 'scanbay.log'));
    const lines = logLines(dataDir);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 'info', proc: 'backend', pid: process.pid, device: 'scale', msg: 'scale connected' });
    expect(new Date(lines[0]?.time as string).toISOString()).toBe(lines[0]?.time);
    const raw = readFileSync(logFilePath(dataDir), 'utf8');
    expect(raw).not.toMatch(/4321|tok-abc|sec-xyz/);
    expect(lines[1]).toMatchObject({ level: 'error', input: { pin: '[redacted]', name: 'ana' } });
  });

  it('logs a REST answer with a 5xx status with its route and the error behind it, not the query', async () => {
    const dataDir = tempDir();
    const logger = createLogger({ proc: 'serve', dataDir, stderr: false });
    const station = await openStation({ dataDir, shell: 'browser', logger });
    const broken = defineRoute({
      method: 'GET',
      path: '/broken',
      summary: 'fails',
      tag: 'test',
      auth: false,
      query: z.object({ key: z.string().optional() }),
      handler: () => {
        throw new Error('disk on fire');
      },
    });
    const server = await startServer({ station, host: '127.0.0.1', port: 0, uiDir: null, rest: { routes: [broken], version: SCANBAY_VERSION, authenticate: async () => ({ apiKeyId: 0, apiKeyName: 't', tokenKind: 'static' }) } });
    try {
      const res = await fetch(`${server.origin}/api/v1/broken?key=per-run-secret`);
      expect(res.status).toBe(500);
      expect((await fetch(`${server.origin}/api/v1/nope`)).status).toBe(404);
    } finally {
      await server.close();
      await station.close();
    }
    const errors = logLines(dataDir).filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ proc: 'serve', method: 'GET', path: '/api/v1/broken', status: 500, err: { message: 'disk on fire' } });
    expect(readFileSync(logFilePath(dataDir), 'utf8')).not.toContain('per-run-secret');
  });

  it('scanbay serve logs its start and stop, never the per-run key; a CLI command logs its outcome without argument values', async () => {
    const dataDir = tempDir();
    const { child, url } = await startServe(['--port', '0', '--data-dir', dataDir]);
    child.kill('SIGTERM');
    expect(await waitExit(child)).toBe(0);
    expect(runCli(['users', 'add', '--name', 'ana', '--role', 'operator', '--pin', '8642', '--data-dir', dataDir]).status).toBe(0);
    expect(runCli(['users', 'add', '--name', 'ana', '--role', 'operator', '--pin', '8642', '--data-dir', dataDir]).status).toBe(1);
    const lines = logLines(dataDir);
    const serve = lines.filter((l) => l.proc === 'serve').map((l) => l.msg);
    expect(serve).toEqual(expect.arrayContaining(['scanbay serve starting', expect.stringMatching(/^scanbay serve listening on http:\/\/127\.0\.0\.1:\d+$/), 'scanbay serve stopping', 'scanbay serve stopped']));
    const cli = lines.filter((l) => l.proc === 'cli');
    expect(cli.map((l) => [l.level, l.msg])).toEqual([
      ['info', 'scanbay users add finished'],
      ['error', 'scanbay users add failed (exit 1)'],
    ]);
    const raw = readFileSync(logFilePath(dataDir), 'utf8');
    expect(raw).not.toContain(new URL(url).hash.slice('#key='.length));
    expect(raw).not.toContain('8642');
  }, 120_000);
});
