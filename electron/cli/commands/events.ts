import type { Command } from 'commander';
import type { FeedEvent } from '../../../shared/api/operation-events';
import { scopeOf, withStorage } from '../data-dir-option';
import { CliError } from '../errors';
import { printJson } from '../io';
import { withStation } from '../station-scope';

const POLL_MS = 1000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `scanbay events [--after CURSOR] [--types a,b] [--follow]`: the event feed as JSON lines, oldest
 * first (the station operation `events.page`, validated by its schema). `--follow` keeps polling
 * for new events until interrupted.
 */
export function register(program: Command): void {
  withStorage(
    program
      .command('events')
      .description('print the event feed as JSON lines (one event per line)')
      .option('--after <cursor>', 'only events after this one (the id of the last event seen)')
      .option('--types <types>', 'only these event types, comma-separated (e.g. receipt.scanned,shipment.shipped)')
      .option('--follow', 'keep waiting for new events (Ctrl+C to stop)'),
  ).action(async (opts: { after?: string; types?: string; follow?: boolean; dataDir?: string; database?: string }) => {
    const types = opts.types?.split(',').map((t) => t.trim()).filter((t) => t !== '');
    await withStation(scopeOf(opts), async (station) => {
      let after = opts.after ?? '0';
      let stop = false;
      const onSignal = () => (stop = true);
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        for (;;) {
          const r = await station.dispatch('events.page', { after, limit: 1000, ...(types ? { types } : {}) }, { origin: 'cli' });
          if (!r.ok) throw new CliError(r.error.message, r.error.code === 'validation' ? 2 : 1);
          const page = r.value as { events: FeedEvent[]; next_cursor: string };
          for (const event of page.events) printJson(event);
          after = page.next_cursor;
          if (page.events.length === 1000) continue;
          if (!opts.follow || stop) break;
          await sleep(POLL_MS);
          if (stop) break;
        }
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
  });
}
