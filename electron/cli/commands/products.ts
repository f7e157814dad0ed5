import type { Command } from 'commander';
import { requests } from '../../../shared/api/contract';
import { issuesOf } from '../../../shared/domain/document-fields';
import { ValidationError } from '../../storage/errors';
import { scopeOf, withStorage } from '../data-dir-option';
import { CliError } from '../errors';
import { runOperation } from '../operation';
import { printJson } from '../io';
import { withStation } from '../station-scope';

/**
 * `scanbay products update SKU CHANGES [--force] [--reason TEXT]`: changes only the fields of the
 * JSON object CHANGES (null clears one) and prints the product. Tracking, serial rules and GTIN of
 * a product held by stock or open documents change only with --force, which is audited.
 */
export function register(program: Command): void {
  const products = program.command('products').description('the product catalog');
  withStorage(
    products
      .command('update')
      .description('change only the given fields of a product; prints it as JSON')
      .argument('<sku>', 'the product')
      .argument('<changes>', 'a JSON object of fields to change, e.g. {"gtin":null,"weight_grams":250}')
      .option('--force', 'change tracking, serial rules or GTIN even while stock or open documents hold the product (audited)')
      .option('--reason <text>', 'why (recorded with a forced change)'),
  ).action(async (sku: string, changes: string, opts: { force?: boolean; reason?: string; dataDir?: string; database?: string }) => {
    let json: unknown;
    try {
      json = JSON.parse(changes);
    } catch {
      throw new CliError(`<changes> is not JSON: ${changes.slice(0, 80)}`, 2);
    }
    const input = { ...(json as object), sku, ...(opts.force ? { force: opts.reason === undefined ? {} : { reason: opts.reason } } : {}) };
    // The operation's own schema, checked first so a bad document is named as one.
    const parsed = requests['products.patch'].input.safeParse(input);
    if (!parsed.success) throw new CliError(ValidationError.fromIssues(issuesOf(parsed.error)).message);
    await withStation(scopeOf(opts), async (station) => printJson((await runOperation(station, 'products.patch', parsed.data)).value));
  });
}
