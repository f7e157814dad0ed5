import type { Translation } from '../types';
import type { documents as en } from '../en/documents';

export const documents: Translation<typeof en> = {
};
