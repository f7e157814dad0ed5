import type { Station } from '../backend/station';

/**
 * Where a PDF (a shipping label, a packing slip) goes after it is saved (`pools.pdfTarget`):
 * `file` keeps it as a file; `dialog` also hands it to the desktop app's main process, which opens
 * the print dialog for it (electron/main/print-pdf.ts). Browser mode and the CLI have no such
 * port: there the file is what the packer gets, and the sentence says so.
 */
export interface PdfPrintPort {
  /** Asks for the print dialog for this saved PDF; does not wait for the packer to answer it. */
  print(file: string): void;
}

/** What happens to a PDF saved at `path`, in the words of a print verdict ("saved as …"). */
export function deliverPdf(station: Pick<Station, 'options' | 'pdfPrint'>, path: string): string {
  if (station.options.get('pools.pdfTarget') !== 'dialog') return `saved as ${path}`;
  if (!station.pdfPrint) return `saved as ${path} (the print dialog is only in the desktop app)`;
  station.pdfPrint.print(path);
  return `saved as ${path} and opened in the print dialog`;
}
