import { z } from 'zod';
import { option, type OptionDefs } from '../options/define';
import { MAX_POOL_SERIAL_LENGTH } from './pools';
import { POOL_ALPHABET_NAMES, type PoolAlphabet } from './pools-alphabet';

/** Station options of the pool area (dotted keys, Settings tab). New pools take their defaults here. */
export const poolOptionDefs = {
  'pools.alphabet': option(
    'serials',
    'Characters of generated serials',
    z.enum(POOL_ALPHABET_NAMES as [PoolAlphabet, ...PoolAlphabet[]]),
    'safe',
    'safe: digits and capitals without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B); alphanumeric: 0-9 and A-Z; digits; cset82: every GS1 AI (21) character.',
  ),
  'pools.defaultLength': option(
    'serials',
    'Length of generated serials in a new pool',
    z.number().int().min(1).max(MAX_POOL_SERIAL_LENGTH),
    10,
    'Used when the product has no serial length of its own (at most 20, the GS1 limit).',
  ),
  'pools.defaultLimit': option(
    'serials',
    'Serial limit of a new pool',
    z.number().int().min(1).max(1_000_000),
    1000,
    'How many serials a pool may generate (deleted serials free their place).',
  ),
  'pools.printerHost': option(
    'serials',
    'Label printer address (ZPL, port 9100)',
    z.string().trim().max(255),
    '',
    'Host name or IP address of a network label printer that takes raw ZPL.',
  ),
  'pools.printerPort': option('serials', 'Label printer port', z.number().int().min(1).max(65535), 9100),
  'pools.labelWidthMm': option('serials', 'Label width (mm)', z.number().int().min(20).max(200), 60),
  'pools.labelHeightMm': option('serials', 'Label height (mm)', z.number().int().min(15).max(200), 30),
  'pools.printerDpi': option('serials', 'Label printer resolution (dpi)', z.union([z.literal(203), z.literal(300), z.literal(600)]), 203),
  'pools.pdfPaper': option('serials', 'Paper of PDF label sheets', z.enum(['A4', 'LETTER']), 'A4'),
  'pools.pdfTarget': option('serials', 'PDF labels and packing slips go to', z.enum(['file', 'dialog']), 'file',
    'file: saved under <data dir>/labels/. dialog: saved there too, and the desktop app opens the print dialog for it (browser mode and scanbay serve keep the file only).'),
} satisfies OptionDefs;
