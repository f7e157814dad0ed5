import { z } from 'zod';
import { identifier } from '../domain/identifiers';
import { LANGUAGE_PREFERENCES } from '../i18n/languages';
import { option, type OptionDefs } from './define';

export const generalOptionDefs = {
  'general.stationName': option('general', 'Station name', identifier(64), 'Station 1',
    'Recorded with every scan, receipt and shipment made at this station.'),
  'general.sound': option('general', 'Play sounds for accepted and rejected scans', z.boolean(), true),
  'general.volume': option('general', 'Sound volume (0–100)', z.number().int().min(0).max(100), 80),
  'general.textSize': option('general', 'Text size', z.enum(['large', 'extra-large']), 'large',
    'Large, high-contrast type readable at arm’s length from a dock or bench.'),
  'general.language': option('general', 'Language', z.enum(LANGUAGE_PREFERENCES), 'auto',
    'The language of screens, verdicts, labels and packing slips; auto follows the computer’s language.'),
} satisfies OptionDefs;

export const apiOptionDefs = {
  'api.enabled': option('api', 'Serve the REST API from the desktop app', z.boolean(), false,
    '`scanbay serve` always serves it; the desktop app only when this is on.'),
  'api.host': option('api', 'REST API address', z.string().trim().min(1).max(255), '127.0.0.1',
    'Loopback by default. Another address exposes the API to the network.'),
  'api.port': option('api', 'REST API port', z.number().int().min(1).max(65535), 7420),
  'api.tokenTtlMinutes': option('api', 'Dynamic token lifetime (minutes)', z.number().int().min(1).max(7 * 24 * 60), 60),
  'api.requireIdempotencyKey': option('api', 'Require an Idempotency-Key on REST scans', z.boolean(), false,
    'REST scan routes refuse a request without an Idempotency-Key header (400), so a client that retries a timed-out scan can never count a unit twice.'),
} satisfies OptionDefs;
