import type { Selectable } from 'kysely';
import { prepare } from '../prepared';
import { othersCommits } from '../scan-cache';
import type { ApiChannelsTable, ApiKeysTable, ApiTokensTable, Db } from '../schema';
import { iso } from '../time';
import { writeTransaction } from '../transaction';

/** REST API credentials. Only hashes of secrets, tokens and channel keys are stored. */

export type ApiKey = Selectable<ApiKeysTable>;
export type ApiToken = Selectable<ApiTokensTable>;
export type ApiChannel = Selectable<ApiChannelsTable>;

/**
 * Every REST request reads its credentials; they are kept while nothing could have changed them
 * (SQLite only). Another connection's commit (the CLI's `api-key revoke`, another process) moves
 * `data_version`; this process's writes go through this module and move `credentialWrites`. Both
 * are read before the row, so a row read while a change was on its way is never kept past it.
 * A token that is not found is looked up again every time.
 */
let credentialWrites = 0;
const MAX_KEPT_CREDENTIALS = 1_000;
interface KeptCredentials {
  row: ApiCredentials;
  othersCommits: number;
  writes: number;
}
const keptCredentials = new WeakMap<Db, Map<string, KeptCredentials>>();

export async function createApiKey(
  db: Db,
  input: { name: string; key: string; secretHash: string; at?: Date },
): Promise<ApiKey> {
  credentialWrites++;
  return db
    .insertInto('api_keys')
    .values({ name: input.name, key: input.key, secret_hash: input.secretHash, created_at: iso(input.at) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function getApiKeyByKey(db: Db, key: string): Promise<ApiKey | undefined> {
  return db.selectFrom('api_keys').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function getApiKeyByName(db: Db, name: string): Promise<ApiKey | undefined> {
  return db.selectFrom('api_keys').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function listApiKeys(db: Db): Promise<ApiKey[]> {
  return db.selectFrom('api_keys').selectAll().orderBy('id').execute();
}

/** Revokes a key and everything issued under it. */
export async function revokeApiKey(db: Db, keyId: number, at?: Date): Promise<void> {
  credentialWrites++;
  const when = iso(at);
  await writeTransaction(db, async (trx) => {
    const live = { revoked_at: when };
    await trx.updateTable('api_keys').set(live).where('id', '=', keyId).where('revoked_at', 'is', null).execute();
    await trx.updateTable('api_tokens').set(live).where('key_id', '=', keyId).where('revoked_at', 'is', null).execute();
    await trx.updateTable('api_channels').set(live).where('key_id', '=', keyId).where('revoked_at', 'is', null).execute();
  });
}

export async function createApiToken(
  db: Db,
  input: { keyId: number; tokenHash: string; kind: 'static' | 'dynamic'; expiresAt?: Date | null; at?: Date },
): Promise<ApiToken> {
  credentialWrites++;
  return db
    .insertInto('api_tokens')
    .values({
      key_id: input.keyId,
      token_hash: input.tokenHash,
      kind: input.kind,
      created_at: iso(input.at),
      expires_at: input.expiresAt ? iso(input.expiresAt) : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface ApiTokenWithKey extends ApiToken {
  key_name: string;
  key_revoked_at: string | null;
}

/** A token by its hash with its key's name and state (the caller decides and says why it is refused). */
// Every REST request reads its token and its channel: one prepared statement, one read.
const tokenByHash = prepare((db, p: { tokenHash: string; channelKeyHash: string | null }) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('api_keys', 'api_keys.id', 'api_tokens.key_id')
    .leftJoin('api_channels as ch', (join) => join.on('ch.channel_key_hash', '=', p.channelKeyHash))
    .selectAll('api_tokens')
    .select(['api_keys.name as key_name', 'api_keys.revoked_at as key_revoked_at', 'ch.key_id as channel_key_id', 'ch.revoked_at as channel_revoked_at'])
    .where('api_tokens.token_hash', '=', p.tokenHash),
);

/** A token with its key, and the channel named by `channelKeyHash` (null columns when there is none). */
export interface ApiCredentials extends ApiTokenWithKey {
  channel_key_id: number | null;
  channel_revoked_at: string | null;
}

export async function findApiCredentials(db: Db, tokenHash: string, channelKeyHash: string | null): Promise<ApiCredentials | undefined> {
  const writes = credentialWrites;
  const others = await othersCommits(db);
  if (others === null) return tokenByHash.first(db, { tokenHash, channelKeyHash });
  let kept = keptCredentials.get(db);
  if (!kept) keptCredentials.set(db, (kept = new Map()));
  const key = `${tokenHash} ${channelKeyHash ?? ''}`;
  const hit = kept.get(key);
  if (hit && hit.othersCommits === others && hit.writes === writes) return hit.row;
  const row = await tokenByHash.first(db, { tokenHash, channelKeyHash });
  if (kept.size >= MAX_KEPT_CREDENTIALS) kept.clear();
  if (row) kept.set(key, { row: Object.freeze(row), othersCommits: others, writes });
  else kept.delete(key);
  return row;
}

export async function findApiToken(db: Db, tokenHash: string): Promise<ApiTokenWithKey | undefined> {
  return findApiCredentials(db, tokenHash, null);
}

export async function revokeApiToken(db: Db, tokenId: number, at?: Date): Promise<void> {
  credentialWrites++;
  await db.updateTable('api_tokens').set({ revoked_at: iso(at) }).where('id', '=', tokenId).execute();
}

export async function createApiChannel(
  db: Db,
  input: { keyId: number; channelKeyHash: string; name?: string | null; at?: Date },
): Promise<ApiChannel> {
  credentialWrites++;
  return db
    .insertInto('api_channels')
    .values({
      key_id: input.keyId,
      channel_key_hash: input.channelKeyHash,
      name: input.name ?? null,
      created_at: iso(input.at),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A channel by its key hash, with its API key's state. */
const channelByHash = prepare((db, p: { channelKeyHash: string }) =>
  db
    .selectFrom('api_channels')
    .innerJoin('api_keys', 'api_keys.id', 'api_channels.key_id')
    .selectAll('api_channels')
    .select('api_keys.revoked_at as key_revoked_at')
    .where('api_channels.channel_key_hash', '=', p.channelKeyHash),
);

export async function findApiChannel(db: Db, channelKeyHash: string): Promise<(ApiChannel & { key_revoked_at: string | null }) | undefined> {
  return channelByHash.first(db, { channelKeyHash });
}

export async function revokeApiChannel(db: Db, channelId: number, at?: Date): Promise<void> {
  credentialWrites++;
  await db.updateTable('api_channels').set({ revoked_at: iso(at) }).where('id', '=', channelId).execute();
}
