import { hashSecret, newSecret, tokenHash, verifySecret } from '../../crypto/secrets';
import {
  createApiChannel,
  createApiKey,
  createApiToken,
  findApiCredentials,
  getApiKeyByKey,
  getApiKeyByName,
  revokeApiKey,
} from '../../storage/repos/api-keys';
import type { Db } from '../../storage/schema';
import { writeTransaction } from '../../storage/transaction';
import { msg } from '../../../shared/i18n/message';
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
    const at = this.clock();
    const created: CreatedApiKey = {
      key: `sbk_${newSecret(12)}`,
      secret: newSecret(24),
      token: `sbt_${newSecret(32)}`,
      channel_key: `sbc_${newSecret(24)}`,
    };
    const secretHash = await hashSecret(created.secret);
    await writeTransaction(this.db, async (trx) => {
      if (await getApiKeyByName(trx, name)) throw new RestError(409, 'ConflictError', msg('errors-import.rest.keyExists', { name }));
      const key = await createApiKey(trx, { name, key: created.key, secretHash, at });
      await createApiToken(trx, { keyId: key.id, tokenHash: tokenHash(created.token), kind: 'static', at });
      await createApiChannel(trx, { keyId: key.id, channelKeyHash: tokenHash(created.channel_key), name: 'default', at });
    });
    return created;
  }

  /** `POST /auth/token`: key + secret → a dynamic token that expires. */
  async issueToken(key: string, secret: string): Promise<IssuedToken> {
    const row = await getApiKeyByKey(this.db, key);
    // Verify even for an unknown key so timing does not tell which keys exist.
    const valid = await verifySecret(secret, row?.secret_hash ?? (await dummyHash()));
    if (!row || !valid || row.revoked_at) throw new RestError(401, 'AuthError', msg('errors-import.rest.badSecret'));
    const now = this.clock();
    const expires = new Date(now.getTime() + this.ttlMinutes() * 60_000);
    const token = `sbt_${newSecret(32)}`;
    await createApiToken(this.db, { keyId: row.id, tokenHash: tokenHash(token), kind: 'dynamic', expiresAt: expires, at: now });
    return { token, token_type: 'dynamic', expires_at: expires.toISOString() };
  }

  /** Resolves a request's caller or throws 401 AuthError saying what is wrong. */
  async authenticate(token: string, channelKey: string | undefined): Promise<AuthContext> {
    const row = await findApiCredentials(this.db, tokenHash(token), channelKey ? tokenHash(channelKey) : null);
    if (!row) throw new RestError(401, 'AuthError', msg('errors-import.rest.tokenInvalid'));
    if (row.revoked_at || row.key_revoked_at) throw new RestError(401, 'AuthError', msg('errors-import.rest.tokenRevoked'));
    if (row.expires_at && Date.parse(row.expires_at) <= this.clock().getTime()) {
      throw new RestError(401, 'AuthError', msg('errors-import.rest.tokenExpired'));
    }
    if (!channelKey) throw new RestError(401, 'AuthError', msg('errors-import.rest.noChannelKey'));
    // The channel's key is the token's (checked for revocation above) or the channel is not bound.
    if (row.channel_key_id === null || row.channel_revoked_at || row.channel_key_id !== row.key_id) {
      throw new RestError(401, 'AuthError', msg('errors-import.rest.channelNotBound'));
    }
    return { apiKeyId: row.key_id, apiKeyName: row.key_name, tokenKind: row.kind };
  }

  /** Revokes a key with its tokens and channels (`scanbay api-key revoke`). */
  async revokeKey(key: string): Promise<boolean> {
    const row = await getApiKeyByKey(this.db, key);
    if (!row || row.revoked_at) return false;
    await revokeApiKey(this.db, row.id, this.clock());
    return true;
  }
}
