import type { Kysely } from 'kysely';
import { oneOf, withId } from './helpers';

/** The scan log, the audit log, and REST API keys, tokens and channels (hashes only). */
export const migration0007 = {
  version: 7,
  name: 'logs-api',
  async up(db: Kysely<any>): Promise<void> {
    await withId(db, db.schema.createTable('scan_log'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('station', 'text', (c) => c.notNull())
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('workflow', 'text', (c) => c.notNull())
      .addColumn('document_type', 'text')
      .addColumn('document_number', 'text')
      .addColumn('raw_code', 'text', (c) => c.notNull())
      .addColumn('verdict', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('message', 'text')
      .addCheckConstraint('scan_log_verdict', oneOf('verdict', ['accepted', 'rejected']))
      .execute();
    await db.schema.createIndex('scan_log_at').on('scan_log').column('at').execute();
    await db.schema
      .createIndex('scan_log_document')
      .on('scan_log')
      .columns(['document_type', 'document_number'])
      .execute();

    await withId(db, db.schema.createTable('audit_log'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('station', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject', 'text')
      .addColumn('reason', 'text')
      .addColumn('details', 'text')
      .execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();

    await withId(db, db.schema.createTable('api_keys'))
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('secret_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();

    await withId(db, db.schema.createTable('api_tokens'))
      .addColumn('key_id', 'integer', (c) => c.notNull().references('api_keys.id'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('revoked_at', 'text')
      .addCheckConstraint('api_tokens_kind', oneOf('kind', ['static', 'dynamic']))
      .execute();

    await withId(db, db.schema.createTable('api_channels'))
      .addColumn('key_id', 'integer', (c) => c.notNull().references('api_keys.id'))
      .addColumn('name', 'text')
      .addColumn('channel_key_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
  },
};
