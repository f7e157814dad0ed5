import { afterEach, describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-to';

describe('migration 7: scan log, audit log, API credentials', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('creates the logs and API key/token/channel tables', async () => {
    m = await migratedTo(7);
    expect(m.tables()).toEqual(expect.arrayContaining(['scan_log', 'audit_log', 'api_keys', 'api_tokens', 'api_channels']));
    expect(m.columns('scan_log')).toEqual(
      expect.arrayContaining(['at', 'station', 'user_id', 'workflow', 'document_number', 'raw_code', 'verdict', 'reason', 'message']),
    );
    expect(m.sqlite.pragma('user_version', { simple: true })).toBe(7);
  });

  it('a verdict is accepted or rejected; token hashes are unique', async () => {
    m = await migratedTo(7);
    expect(() =>
      m.run("insert into scan_log (at, station, workflow, raw_code, verdict) values (?, 'S', 'receive', 'X', 'maybe')", m.now),
    ).toThrow(/CHECK/);
    m.run("insert into api_keys (name, key, secret_hash, created_at) values ('k', 'sbk_1', 'h', ?)", m.now);
    const token = () => m.run("insert into api_tokens (key_id, token_hash, kind, created_at) values (1, 'th', 'static', ?)", m.now);
    token();
    expect(token).toThrow(/UNIQUE/);
  });
});
