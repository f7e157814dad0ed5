import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../electron/storage/database';
import { ConflictError, UnknownProductError, ValidationError } from '../../../../electron/storage/errors';
import { findProductByCode, getProductDetail, listKitsContaining, listReplacements } from '../../../../electron/storage/repos/products';
import { upsertProduct } from '../../../../electron/storage/writers/product-writer';
import { memoryDb } from '../helpers';

let d: Database;
beforeEach(async () => {
  d = await memoryDb();
});
afterEach(() => d.close());

const camera = { sku: 'CAM-1', name: 'Camera', gtin: '4006381333931', upc: '036000291452', aliases: ['CAM', 'CAMERA'], tracking: 'full' as const };

describe('catalog: products', () => {
  it('finds a product by SKU, alias, any GTIN form and UPC', async () => {
    await upsertProduct(d.db, camera);
    expect(await findProductByCode(d.db, 'CAM-1')).toMatchObject({ matched_by: 'sku', product: { sku: 'CAM-1' } });
    expect(await findProductByCode(d.db, 'CAMERA')).toMatchObject({ matched_by: 'alias', product: { sku: 'CAM-1' } });
    expect(await findProductByCode(d.db, '4006381333931')).toMatchObject({ matched_by: 'gtin' });
    expect(await findProductByCode(d.db, '04006381333931')).toMatchObject({ matched_by: 'gtin' });
    expect(await findProductByCode(d.db, '036000291452')).toMatchObject({ matched_by: 'upc' });
    expect(await findProductByCode(d.db, '4006381333932')).toBeUndefined(); // bad check digit
    expect(await findProductByCode(d.db, 'cam-1')).toBeUndefined();
  });

  it('creates, then updates by SKU replacing aliases', async () => {
    expect((await upsertProduct(d.db, camera)).created).toBe(true);
    const r = await upsertProduct(d.db, { ...camera, name: 'Camera II', aliases: ['C2'], serial_length: 10 });
    expect(r.created).toBe(false);
    expect(r.value).toMatchObject({ name: 'Camera II', aliases: ['C2'], serial_length: 10, gtin: '04006381333931' });
    expect(await findProductByCode(d.db, 'CAM')).toBeUndefined();
  });

  it('stores kits with quantities and a main component, and allowed replacements', async () => {
    await upsertProduct(d.db, { sku: 'CABLE', name: 'Cable', tracking: 'none' });
    await upsertProduct(d.db, camera);
    await upsertProduct(d.db, { sku: 'CAM-2', name: 'Camera 2', tracking: 'full' });
    const kit = await upsertProduct(d.db, {
      sku: 'KIT',
      name: 'Kit',
      tracking: 'none',
      kit_components: [
        { sku: 'CABLE', qty: 2 },
        { sku: 'CAM-1', qty: 1 },
      ],
    });
    expect(kit.value.kit_components.map((c) => [c.sku, c.qty, c.is_main])).toEqual([
      ['CABLE', 2, false],
      ['CAM-1', 1, true], // the serialized component
    ]);
    await upsertProduct(d.db, { ...camera, replacements: ['CAM-2'] });
    const cam = (await getProductDetail(d.db, 'CAM-1'))!;
    expect(cam.replacements).toEqual(['CAM-2']);
    expect((await listReplacements(d.db, cam.id)).map((p) => p.sku)).toEqual(['CAM-2']);
    expect((await listKitsContaining(d.db, cam.id)).map((p) => p.sku)).toEqual(['KIT']);
  });

  it('rejects unknown kit components and replacements, naming each field', async () => {
    const err = await upsertProduct(d.db, {
      sku: 'KIT',
      name: 'Kit',
      tracking: 'none',
      kit_components: [{ sku: 'NOPE', qty: 1 }],
      replacements: ['GONE'],
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnknownProductError);
    expect((err as UnknownProductError).issues).toEqual([
      { path: 'kit_components.0.sku', message: 'unknown SKU NOPE' },
      { path: 'replacements.0', message: 'unknown SKU GONE' },
    ]);
    expect(await getProductDetail(d.db, 'KIT')).toBeUndefined();
  });

  it('refuses a GTIN or alias that already identifies another product', async () => {
    await upsertProduct(d.db, camera);
    await expect(upsertProduct(d.db, { sku: 'OTHER', name: 'O', tracking: 'none', gtin: '4006381333931' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const err = (await upsertProduct(d.db, { sku: 'OTHER', name: 'O', tracking: 'none', aliases: ['CAM-1', 'CAM'] }).catch(
      (e: unknown) => e,
    )) as ConflictError;
    expect(err.issues.map((i) => i.path)).toEqual(['aliases.0', 'aliases.1']);
    await expect(upsertProduct(d.db, { sku: 'CAMERA', name: 'O', tracking: 'none' })).rejects.toThrow(/already an alias of CAM-1/);
  });

  it('validates the document itself', async () => {
    await expect(upsertProduct(d.db, { sku: 'X', name: 'X', tracking: 'maybe' as 'none' })).rejects.toBeInstanceOf(ValidationError);
  });
});
