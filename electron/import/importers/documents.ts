import type { z } from 'zod';
import { issuesOf } from '../../../shared/domain/document-fields';
import type { CellType } from '../cells';
import type { ColumnSpec } from '../csv-rows';
import { DocumentGrouper, locate } from '../group-documents';
import { reportDocumentError, type ImportContext, type Importer } from './context';

/** A document type imported as one row per line, grouped by its number column. */
export interface DocumentFileSpec<S extends z.ZodType> {
  key: string;
  header: Record<string, CellType>;
  line: Record<string, CellType>;
  /** Columns that must be in the header row. */
  required: readonly string[];
  schema: S;
  write(ctx: ImportContext, doc: z.output<S>): Promise<{ created: boolean }>;
}

export function columnsOf(spec: DocumentFileSpec<z.ZodType>): ColumnSpec {
  const all = [spec.key, ...Object.keys(spec.header), ...Object.keys(spec.line)];
  return { required: spec.required, optional: all.filter((c) => !spec.required.includes(c)) };
}

export function documentImporter<S extends z.ZodType>(spec: DocumentFileSpec<S>): Importer {
  return async (source, ctx) => {
    const grouper = new DocumentGrouper(spec.key, spec.header, spec.line, ctx.errors);
    let count = 0;
    for await (const row of source.rows()) {
      count++;
      grouper.add(row);
    }
    let created = 0;
    let written = 0;
    let lines = 0;
    // Every document is checked and written even after a bad row (the transaction will roll
    // back then), so that one run reports every problem; a cell is reported once.
    for (const group of grouper.groups()) {
      const input = { [spec.key]: group.number, ...group.header, lines: group.lines.map((l) => l.fields) };
      const parsed = spec.schema.safeParse(input);
      const where = (path: string) => locate(group, path);
      if (!parsed.success) {
        for (const issue of issuesOf(parsed.error)) {
          const at = where(issue.path);
          ctx.errors.addOnce(at.row, at.column, issue.message);
        }
        continue;
      }
      try {
        const result = await spec.write(ctx, parsed.data);
        if (group.bad) continue;
        written++;
        lines += group.lines.length;
        if (result.created) created++;
      } catch (err) {
        reportDocumentError(err, ctx.errors, where, group.firstRow);
      }
    }
    return { rows: count, documents: written, created, updated: written - created, lines };
  };
}
