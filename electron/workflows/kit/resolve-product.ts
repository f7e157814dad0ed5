import type { ProductMatch } from '../../../shared/domain/views';
import { findProductByCode } from '../../storage/repos/products';
import type { Db } from '../../storage/schema';
import type { ScanRead } from './read-scan';

/** The product a scan names: the GTIN of a GS1/EAN/UPC scan, else the code as SKU, alias, GTIN or UPC. */
export async function resolveProduct(db: Db, scan: ScanRead): Promise<ProductMatch | undefined> {
  if (scan.gtin) {
    const byGtin = await findProductByCode(db, scan.gtin);
    if (byGtin) return byGtin;
  }
  return scan.code ? findProductByCode(db, scan.code) : undefined;
}
