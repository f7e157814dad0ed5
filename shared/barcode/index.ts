// Public API of GS1 / barcode decoding (pure: no Node, no DOM).
export { decodeScan, DEFAULT_MAX_SCAN_LENGTH, type DecodeOptions, type ScanDecode } from './decode-scan';
export { DECODE_ERROR_CODES, type DecodeError, type DecodeErrorCode, type DecodeWarning } from './errors';
export { gtinCheckDigit, isValidGtin, normalizeGtin } from './gtin';
export { expandUpcE } from './ean-upc';
export { allAiDefinitions, lookupAi, type AiComponent, type AiDefinition } from './ai-definitions';
export { findInvalidPair, findMissingAssociations } from './associations';
export { looksLikeDigitalLink } from './digital-link';
export { GS, type Gs1Element } from './element-string';
export { encodeElementString, formatHri, decimalValue } from './encode';
export { DIGITAL_LINK_SYMBOLOGIES, GS1_SYMBOLOGIES, EAN_UPC_SYMBOLOGIES, splitSymbology } from './symbology';
