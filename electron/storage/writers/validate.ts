import type { z } from 'zod';
import { issuesOf } from '../../../shared/domain/document-fields';
import {
  orderDocumentSchema,
  productDocumentSchema,
  purchaseOrderDocumentSchema,
  type OrderDocument,
  type ProductDocument,
  type PurchaseOrderDocument,
} from '../../../shared/domain/documents';
import { ValidationError } from '../errors';

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromIssues(issuesOf(result.error));
  return result.data;
}

/** Validates an inbound document (REST body); ValidationError names each bad field. */
export const parseProductDocument = (input: unknown): ProductDocument => parse(productDocumentSchema, input);
export const parsePurchaseOrderDocument = (input: unknown): PurchaseOrderDocument =>
  parse(purchaseOrderDocumentSchema, input);
export const parseOrderDocument = (input: unknown): OrderDocument => parse(orderDocumentSchema, input);
