import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangeFeed, type ChangeNotice } from '../../../../electron/storage/change-feed';
import { parseStoreUrl, type StoreLocation } from '../../../../electron/storage/store-url';
import { createTestDatabase, postgresSkipReason, type TestDatabase } from '../../../helpers/postgres';

const skip = postgresSkipReason();
if (skip) console.log(`skipped: change feed: ${skip}`);

describe.skipIf(skip !== null)('the change feed of a shared PostgreSQL database', () => {
  let db: TestDatabase;
  let feed: ChangeFeed | undefined;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await feed?.close();
    await db.drop();
  });

  const write = async (application: string, statement: string) => {
    const c = new pg.Client({ connectionString: db.url, application_name: application });
    await c.connect();
    await c.query(statement);
    await c.end();
  };
  const start = async (poll: boolean, heard: ChangeNotice[]) => {
    feed = new ChangeFeed({ location: parseStoreUrl(db.url, '/') as StoreLocation & { kind: 'postgres' }, stationId: 'me', ownApplication: 'scanbay me 1', onChange: (n) => heard.push(n), poll, pollMs: 100 });
    await feed.start();
  };

  it('LISTEN: a commit at another station is heard with its areas and station; this process\'s own writes are not', async () => {
    const heard: ChangeNotice[] = [];
    await start(false, heard);
    await write('scanbay me 1', "insert into warehouses (code, name, created_at) values ('W1', 'W1', 'x')");
    await write('scanbay other-station 2', "insert into vendors (code, name, created_at) values ('V', 'V', 'x'); insert into purchase_orders (po_number, vendor_id, status, ordered_at, created_at, updated_at) values ('P', 1, 'open', 'x', 'x', 'x')");
    await expect.poll(() => heard).toEqual([{ areas: ['documents'], stationId: 'other-station' }]);
  });

  it('polling (where LISTEN is not supported): a change to the shared tables is noticed as a change of everything', async () => {
    const heard: ChangeNotice[] = [];
    await start(true, heard);
    await new Promise((r) => setTimeout(r, 300));
    expect(heard).toEqual([]);
    await write('scanbay other 3', "insert into vendors (code, name, created_at) values ('V', 'V', 'x'); insert into purchase_orders (po_number, vendor_id, status, ordered_at, created_at, updated_at) values ('P', 1, 'open', 'x', 'x', 'x')");
    await expect.poll(() => heard.length).toBeGreaterThan(0);
    expect(heard[0]).toEqual({ areas: ['documents', 'stock', 'pools', 'options'], stationId: null });
  });
});
