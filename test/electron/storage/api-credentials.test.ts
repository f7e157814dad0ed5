import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../electron/storage/database';
import { createApiChannel, createApiKey, createApiToken, findApiCredentials, revokeApiToken } from '../../../electron/storage/repos/api-keys';
import { tempDir } from './helpers';

// SQLite only (not in the PostgreSQL project): the credentials a REST request reads are kept on a
// SQLite connection while nothing could have changed them; PostgreSQL reads them every time.

let tmp: ReturnType<typeof tempDir>;
let d: Database;
let file: string;
beforeEach(async () => {
  tmp = tempDir('scanbay-credentials-');
  file = join(tmp.dir, 'c.db');
  d = await openDatabase({ file });
});
afterEach(async () => {
  await d.close();
  tmp.cleanup();
});

async function issued(name: string): Promise<{ keyId: number; tokenId: number }> {
  const key = await createApiKey(d.db, { name, key: `sbk_${name}`, secretHash: 'scrypt$x' });
  const token = await createApiToken(d.db, { keyId: key.id, tokenHash: `tok-${name}`, kind: 'static' });
  await createApiChannel(d.db, { keyId: key.id, channelKeyHash: `chan-${name}` });
  return { keyId: key.id, tokenId: token.id };
}

describe('REST credentials kept on a SQLite connection', () => {
  it('a revocation another process commits is seen by the next lookup', async () => {
    const { tokenId } = await issued('erp');
    expect(await findApiCredentials(d.db, 'tok-erp', 'chan-erp')).toMatchObject({ revoked_at: null, channel_key_id: expect.any(Number) });
    // Another connection (as `scanbay api-key revoke` from another process): only data_version tells.
    const other = new BetterSqlite3(file);
    other.prepare('update api_tokens set revoked_at = ? where id = ?').run('2026-12-05T00:00:00.000Z', tokenId);
    other.close();
    expect(await findApiCredentials(d.db, 'tok-erp', 'chan-erp')).toMatchObject({ revoked_at: '2026-12-05T00:00:00.000Z' });
  });

  it('keeps a row while nothing changed, and drops it when this process revokes through the repository', async () => {
    const { tokenId } = await issued('dock');
    expect(await findApiCredentials(d.db, 'tok-dock', 'chan-dock')).toMatchObject({ kind: 'static', revoked_at: null });
    // A write on the same connection that bypasses the repository is not seen: the row is kept.
    d.sqlite!.prepare("update api_tokens set kind = 'dynamic' where id = ?").run(tokenId);
    expect(await findApiCredentials(d.db, 'tok-dock', 'chan-dock')).toMatchObject({ kind: 'static' });
    // Every write of the repository drops what is kept.
    await revokeApiToken(d.db, tokenId);
    expect(await findApiCredentials(d.db, 'tok-dock', 'chan-dock')).toMatchObject({ kind: 'dynamic', revoked_at: expect.any(String) });
  });

  it('a channel created after a lookup that found none is found next time', async () => {
    const { keyId } = await issued('bench');
    expect(await findApiCredentials(d.db, 'tok-bench', 'chan-new')).toMatchObject({ channel_key_id: null });
    await createApiChannel(d.db, { keyId, channelKeyHash: 'chan-new' });
    expect(await findApiCredentials(d.db, 'tok-bench', 'chan-new')).toMatchObject({ channel_key_id: keyId });
  });

  it('a token that is not found is looked up again', async () => {
    const { keyId } = await issued('ship');
    expect(await findApiCredentials(d.db, 'tok-later', 'chan-ship')).toBeUndefined();
    // Inserted on the same connection without the repository: only a fresh read finds it.
    d.sqlite!.prepare("insert into api_tokens (key_id, token_hash, kind, created_at) values (?, 'tok-later', 'static', '2026-12-05T00:00:00.000Z')").run(keyId);
    expect(await findApiCredentials(d.db, 'tok-later', 'chan-ship')).toMatchObject({ key_id: keyId });
  });

  it('rows handed out cannot be changed by a caller', async () => {
    await issued('ro');
    const row = await findApiCredentials(d.db, 'tok-ro', 'chan-ro');
    expect(Object.isFrozen(row)).toBe(true);
  });
});
