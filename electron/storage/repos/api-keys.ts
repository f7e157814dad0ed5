import type { Selectable } from 'kysely';
import type { ApiChannelsTable, ApiKeysTable, ApiTokensTable, Db } from '../schema';
import { iso } from '../time';
import { writeTransaction } from '../transaction';

/** REST API credentials. Only hashes of secrets, tokens and channel keys are stored. */

export type ApiKey = Selectable<ApiKeysTable>;
export type ApiToken = Selectable<ApiTokensTable>;
export type ApiChannel = Selectable<ApiChannelsTable>;

export async function createApiKey(
  db: Db,
  input: { name: string; key: string; secretHash: string; at?: Date },
): Promise<ApiKey> {
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

/** A token by its hash, only while it is valid: not revoked, not expired, its key not revoked. */
export async function findValidApiToken(
  db: Db,
  tokenHash: string,
  now: Date = new Date(),
): Promise<ApiToken | undefined> {
  return db
    .selectFrom('api_tokens')
    .innerJoin('api_keys', 'api_keys.id', 'api_tokens.key_id')
    .selectAll('api_tokens')
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where('api_keys.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', iso(now))]))
    .executeTakeFirst();
}

export async function revokeApiToken(db: Db, tokenId: number, at?: Date): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: iso(at) }).where('id', '=', tokenId).execute();
}

export async function createApiChannel(
  db: Db,
  input: { keyId: number; channelKeyHash: string; name?: string | null; at?: Date },
): Promise<ApiChannel> {
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

/** A channel by its key hash, only while it and its API key are not revoked. */
export async function findValidApiChannel(db: Db, channelKeyHash: string): Promise<ApiChannel | undefined> {
  return db
    .selectFrom('api_channels')
    .innerJoin('api_keys', 'api_keys.id', 'api_channels.key_id')
    .selectAll('api_channels')
    .where('api_channels.channel_key_hash', '=', channelKeyHash)
    .where('api_channels.revoked_at', 'is', null)
    .where('api_keys.revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function revokeApiChannel(db: Db, channelId: number, at?: Date): Promise<void> {
  await db.updateTable('api_channels').set({ revoked_at: iso(at) }).where('id', '=', channelId).execute();
}
