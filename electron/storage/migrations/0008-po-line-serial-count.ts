import { sql, type Kysely } from 'kysely';

/**
 * `po_lines.serial_count`: serials captured on the line (not deleted), kept by the receiving writes.
 * The receiving wizard shows it after every scan; counting serials each time grew with the PO.
 */
export const migration0008 = {
  version: 8,
  name: 'po-line-serial-count',
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('po_lines').addColumn('serial_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await sql`update po_lines set serial_count = (
      select count(*) from serials where serials.received_po_line_id = po_lines.id and serials.status <> 'deleted'
    )`.execute(db);
  },
};
