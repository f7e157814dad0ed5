import type { Kysely } from 'kysely';
import { USER_ROLES } from '../../../shared/domain/types';
import { notNegative, oneOf, withId } from './helpers';

/** Station users: operators and supervisors, each with a salted PIN hash and a lockout counter. */
export const migration0002 = {
  version: 2,
  name: 'users',
  async up(db: Kysely<any>): Promise<void> {
    await withId(db, db.schema.createTable('users'))
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('pin_hash', 'text', (c) => c.notNull())
      .addColumn('failed_pin_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('disabled_at', 'text')
      .addCheckConstraint('users_role', oneOf('role', USER_ROLES))
      .addCheckConstraint('users_failed_pin_count', notNegative('failed_pin_count'))
      .execute();
  },
};
