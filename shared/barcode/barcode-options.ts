// Station options for reading barcodes (Settings → Devices).
import { z } from 'zod';
import { option, type OptionDefs } from '../options/define';

export const barcodeOptionDefs = {
  'barcodes.enforceAssociations': option(
    'devices',
    'Refuse GS1 barcodes missing a required partner AI',
    z.boolean(),
    false,
    'For example a serial (21) without its GTIN (01). Off, such a scan is read with a warning, since GS1 judges these rules over all barcodes on an item.',
  ),
} satisfies OptionDefs;
