import type { Db } from '../../storage/schema';
import { hashSecret, tokenHash, verifySecret } from '../../backend/secret-hash';
import { newSecret } from '../../server/secret';
import { RestError } from '../errors';
import type { AuthContext } from '../route';

export interface CreatedApiKey {
  key: string;
  secret: string;
  /** A static token for this key (no expiry; revoked with the key). */
  token: string;
  /** A new channel bound to this key. */
  channel_key: string;
}

export interface IssuedToken {
  token: string;
  token_type: 'dynamic';
  expires_at: string;
}

export type Clock = () => Date;

let dummy: Promise<string> | undefined;
const dummyHash = (): Promise<string> => (dummy ??= hashSecret(newSecret()));

/**
 * API keys, tokens and channels as in the commission API model: a key + secret (hashed) yields
 * tokens; every request carries a token and a channel key bound to the token's API key.
 */
export class ApiAuth {
  constructor(
    private readonly db: Db,
    private readonly ttlMinutes: () => number,
    private readonly clock: Clock = () => new Date(),
  ) {}

  async createKey(name: string): Promise<CreatedApiKey> {
    const now = this.clock().toISOString();
    const created: CreatedApiKey = {
      key: `sbk_${newSecret(12)}`,
      secret: newSecret(24),
      token: `sbt_${newSecret(32)}`,
      channel_key: `sbc_${newSecret(24)}`,
    };
    const secretHash = await hashSecret(created.secret);
    await this.db.transaction().execute(async (trx) => {
      const clash = await trx.selectFrom('api_keys').select('id').where('name', '=', name).executeTakeFirst();
      if (clash) throw new RestError(409, 'ConflictError', `an API key named "${name}" already exists`);
      const { id } = await trx
        .insertInto('api_keys')
        .values({ name, key: created.key, secret_hash: secretHash, created_at: now, revoked_at: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('api_tokens')
        .values({ key_id: id, token_hash: tokenHash(created.token), kind: 'static', created_at: now, expires_at: null, revoked_at: null })
        .execute();
      await trx
        .insertInto('api_channels')
        .values({ key_id: id, name: 'default', channel_key_hash: tokenHash(created.channel_key), created_at: now, revoked_at: null })
        .execute();
    });
    return created;
  }

  /** `POST /auth/token`: key + secret → a dynamic token that expires. */
  async issueToken(key: string, secret: string): Promise<IssuedToken> {
    const row = await this.db
      .selectFrom('api_keys')
      .select(['id', 'secret_hash', 'revoked_at'])
      .where('key', '=', key)
      .executeTakeFirst();
    // Verify even for an unknown key so timing does not tell which keys exist.
    const valid = await verifySecret(secret, row?.secret_hash ?? (await dummyHash()));
    if (!row || !valid || row.revoked_at) throw new RestError(401, 'AuthError', 'unknown API key or wrong secret');
    const now = this.clock();
    const expires = new Date(now.getTime() + this.ttlMinutes() * 60_000).toISOString();
    const token = `sbt_${newSecret(32)}`;
    await this.db
      .insertInto('api_tokens')
      .values({ key_id: row.id, token_hash: tokenHash(token), kind: 'dynamic', created_at: now.toISOString(), expires_at: expires, revoked_at: null })
      .execute();
    return { token, token_type: 'dynamic', expires_at: expires };
  }

  /** Resolves a request's caller or throws 401 AuthError saying what is wrong. */
  async authenticate(token: string, channelKey: string | undefined): Promise<AuthContext> {
    const row = await this.db
      .selectFrom('api_tokens')
      .innerJoin('api_keys', 'api_keys.id', 'api_tokens.key_id')
      .select(['api_tokens.key_id', 'api_tokens.kind', 'api_tokens.expires_at', 'api_tokens.revoked_at', 'api_keys.name', 'api_keys.revoked_at as key_revoked_at'])
      .where('api_tokens.token_hash', '=', tokenHash(token))
      .executeTakeFirst();
    if (!row) throw new RestError(401, 'AuthError', 'the access token is not valid');
    if (row.revoked_at || row.key_revoked_at) throw new RestError(401, 'AuthError', 'the access token has been revoked');
    if (row.expires_at && row.expires_at <= this.clock().toISOString()) {
      throw new RestError(401, 'AuthError', 'the access token has expired: request a new one at POST /api/v1/auth/token');
    }
    if (!channelKey) throw new RestError(401, 'AuthError', 'no channel key: send it in the x-channel-key header');
    const channel = await this.db
      .selectFrom('api_channels')
      .select(['key_id', 'revoked_at'])
      .where('channel_key_hash', '=', tokenHash(channelKey))
      .executeTakeFirst();
    if (!channel || channel.revoked_at || channel.key_id !== row.key_id) {
      throw new RestError(401, 'AuthError', 'the channel key is not bound to this token’s API key');
    }
    return { apiKeyId: row.key_id, apiKeyName: row.name, tokenKind: row.kind };
  }

  /** Revokes a key with its tokens and channels (used by `scanbay api-key revoke`). */
  async revokeKey(key: string): Promise<boolean> {
    const now = this.clock().toISOString();
    const res = await this.db.updateTable('api_keys').set({ revoked_at: now }).where('key', '=', key).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }
}
