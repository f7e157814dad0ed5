import type { Command } from 'commander';
import { scopeOf, withStorage } from '../data-dir-option';
import { CliError } from '../errors';
import { runOperation } from '../operation';
import { printJson } from '../io';
import { withStation } from '../station-scope';
import { withOpenedSecret } from '../../backend/handlers/webhooks';

type Opts = { dataDir?: string; database?: string };

const idOf = (text: string): number => {
  if (!/^\d{1,15}$/.test(text)) throw new CliError(`<id> is a webhook id (a number), not ${text.slice(0, 40)}`, 2);
  return Number(text);
};

/**
 * `scanbay webhooks add --url URL [--types a,b]` (prints {"id","url","types","secret"} once),
 * `list` (JSON lines, no secrets), `remove <id>`, `enable <id>`, `test <id>`.
 */
export function register(program: Command): void {
  const webhooks = program.command('webhooks').description('receivers of the event feed (signed POSTs)');
  withStorage(
    webhooks
      .command('add')
      .description('add a webhook; prints it with its secret as one JSON line (the secret is shown only now)')
      .requiredOption('--url <url>', 'where deliveries are POSTed (http:// or https://)')
      .option('--types <types>', 'only these event types, comma-separated (default: every type)'),
  ).action(async (opts: Opts & { url: string; types?: string }) => {
    const types = opts.types?.split(',').map((t) => t.trim()).filter((t) => t !== '');
    await withStation(scopeOf(opts), async (s) => printJson(withOpenedSecret(s.dataDir, await runOperation(s, 'webhooks.add', { url: opts.url, ...(types ? { types } : {}) }))));
  });
  withStorage(webhooks.command('list').description('list the webhooks as JSON lines: enabled, failing since, last error')).action(async (opts: Opts) => {
    await withStation(scopeOf(opts), async (s) => {
      for (const w of (await runOperation(s, 'webhooks.list', {})).webhooks) printJson(w);
    });
  });
  withStorage(webhooks.command('remove').description('remove a webhook and its undelivered outbox').argument('<id>', 'the webhook id')).action(async (id: string, opts: Opts) => {
    await withStation(scopeOf(opts), async (s) => printJson(await runOperation(s, 'webhooks.remove', { id: idOf(id) })));
  });
  withStorage(webhooks.command('enable').description('turn a webhook disabled after 24 h of failures on again; prints it').argument('<id>', 'the webhook id')).action(async (id: string, opts: Opts) => {
    await withStation(scopeOf(opts), async (s) => printJson((await runOperation(s, 'webhooks.enable', { id: idOf(id) })).webhook));
  });
  withStorage(webhooks.command('test').description('send a signed delivery with no events now; prints how the receiver answered').argument('<id>', 'the webhook id')).action(
    async (id: string, opts: Opts) => {
      await withStation(scopeOf(opts), async (s) => {
        const r = await runOperation(s, 'webhooks.test', { id: idOf(id) });
        printJson(r);
        if (!r.delivered) process.exitCode = 1;
      });
    },
  );
}
