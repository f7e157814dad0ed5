import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../electron/storage/database';
import {
  createApiChannel,
  createApiKey,
  createApiToken,
  findApiChannel,
  findApiCredentials,
  findApiToken,
  revokeApiChannel,
  revokeApiKey,
} from '../../../../electron/storage/repos/api-keys';
import { listAudit, recordAudit } from '../../../../electron/storage/repos/audit-log';
import { listScans, logScan } from '../../../../electron/storage/repos/scan-log';
import { memoryDb } from '../helpers';

let d: Database;
beforeEach(async () => {
  d = await memoryDb();
});
afterEach(() => d.close());

describe('scan log and audit log', () => {
  it('keeps every scan with its verdict, newest first, filterable by document', async () => {
    const base = { station: 'Dock', workflow: 'receive', documentType: 'purchase_order', documentNumber: 'PO-1' };
    await logScan(d.db, { ...base, rawCode: 'SN1', verdict: 'accepted' });
    await logScan(d.db, { ...base, rawCode: "SN1' OR 1=1 --", verdict: 'rejected', reason: 'duplicate_in_po', message: 'Already scanned.' });
    await logScan(d.db, { ...base, documentNumber: 'PO-2', rawCode: 'X', verdict: 'accepted' });
    const scans = await listScans(d.db, { documentNumber: 'PO-1' });
    expect(scans.map((s) => [s.raw_code, s.verdict, s.reason])).toEqual([
      ["SN1' OR 1=1 --", 'rejected', 'duplicate_in_po'],
      ['SN1', 'accepted', null],
    ]);
    expect((await listScans(d.db, { verdict: 'rejected' })).length).toBe(1);
  });

  it('records who did what and why', async () => {
    await recordAudit(d.db, { action: 'serial.override', subject: 'SN1', reason: 'label torn', details: { order: 'SO-1' }, station: 'Bench' });
    expect(await listAudit(d.db)).toMatchObject([
      { action: 'serial.override', subject: 'SN1', reason: 'label torn', details: { order: 'SO-1' }, station: 'Bench', user: null },
    ]);
  });
});

describe('API keys, tokens and channels', () => {
  it('finds tokens and channels by hash with their key; revoking the key revokes everything issued under it', async () => {
    const key = await createApiKey(d.db, { name: 'erp', key: 'sbk_1', secretHash: 'h' });
    await createApiToken(d.db, { keyId: key.id, tokenHash: 'static-hash', kind: 'static' });
    await createApiToken(d.db, {
      keyId: key.id,
      tokenHash: 'old-hash',
      kind: 'dynamic',
      expiresAt: new Date('2026-01-01T00:00:00Z'),
    });
    await createApiChannel(d.db, { keyId: key.id, channelKeyHash: 'chan-hash', name: 'dock' });
    expect(await findApiToken(d.db, 'static-hash')).toMatchObject({ kind: 'static', key_name: 'erp', revoked_at: null, key_revoked_at: null });
    expect(await findApiToken(d.db, 'old-hash')).toMatchObject({ kind: 'dynamic', expires_at: '2026-01-01T00:00:00.000Z' });
    expect(await findApiToken(d.db, 'nope')).toBeUndefined();
    expect(await findApiChannel(d.db, 'chan-hash')).toMatchObject({ name: 'dock', key_id: key.id, key_revoked_at: null });
    await revokeApiKey(d.db, key.id);
    expect(await findApiToken(d.db, 'static-hash')).toMatchObject({ revoked_at: expect.any(String), key_revoked_at: expect.any(String) });
    expect((await findApiChannel(d.db, 'chan-hash'))?.revoked_at).toEqual(expect.any(String));
  });

  it('reads a token with the channel a request names in one statement: its key, or none when unknown', async () => {
    const key = await createApiKey(d.db, { name: 'erp', key: 'sbk_1', secretHash: 'h' });
    const other = await createApiKey(d.db, { name: 'wms', key: 'sbk_2', secretHash: 'h' });
    await createApiToken(d.db, { keyId: key.id, tokenHash: 'tok', kind: 'static' });
    const own = await createApiChannel(d.db, { keyId: key.id, channelKeyHash: 'own-chan' });
    await createApiChannel(d.db, { keyId: other.id, channelKeyHash: 'other-chan' });
    expect(await findApiCredentials(d.db, 'tok', 'own-chan')).toMatchObject({ key_id: key.id, key_name: 'erp', channel_key_id: key.id, channel_revoked_at: null });
    expect(await findApiCredentials(d.db, 'tok', 'other-chan')).toMatchObject({ key_id: key.id, channel_key_id: other.id });
    expect(await findApiCredentials(d.db, 'tok', 'no-such-chan')).toMatchObject({ key_id: key.id, channel_key_id: null, channel_revoked_at: null });
    expect(await findApiCredentials(d.db, 'tok', null)).toMatchObject({ key_id: key.id, channel_key_id: null });
    expect(await findApiCredentials(d.db, 'no-such-tok', 'own-chan')).toBeUndefined();
    await revokeApiChannel(d.db, own.id);
    expect(await findApiCredentials(d.db, 'tok', 'own-chan')).toMatchObject({ channel_key_id: key.id, channel_revoked_at: expect.any(String), revoked_at: null });
  });
});
