import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, shell } from 'electron';
import type { Logger } from '../logging/logger';

export type PdfPrintOutcome = 'printed' | 'cancelled' | 'opened' | 'refused' | 'failed';

/** Only PDFs the station saved under `<dataDir>/labels/` are printed (the request comes from another process). */
export function printablePdf(file: string, dataDir: string): boolean {
  if (!isAbsolute(file) || !file.toLowerCase().endsWith('.pdf') || !existsSync(file)) return false;
  const labels = join(dataDir, 'labels');
  if (!existsSync(labels)) return false;
  const rel = relative(realpathSync(labels), realpathSync(file));
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * The desktop app's print dialog for a saved PDF: the PDF is loaded in a hidden window (Chromium's
 * PDF viewer) and `webContents.print({ silent: false })` shows the system print dialog. Where that
 * cannot work (the window cannot load it, or printing fails for another reason than the packer
 * cancelling) the PDF is opened with `shell.openPath` instead: the system viewer, whose print
 * dialog is one step away. Never throws.
 */
export async function printPdf(file: string, dataDir: string, logger: Logger): Promise<PdfPrintOutcome> {
  if (!printablePdf(file, dataDir)) {
    logger.warn({ file }, 'print request refused: not a PDF saved under the data dir');
    return 'refused';
  }
  // `plugins` turns on Chromium's PDF viewer (an internal extension, so JavaScript stays on); the
  // window never shows and loads nothing but this local file.
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true },
  });
  try {
    await win.loadURL(pathToFileURL(file).href);
    const { success, failureReason } = await new Promise<{ success: boolean; failureReason: string }>((resolve) =>
      win.webContents.print({ silent: false, printBackground: true }, (ok, reason) => resolve({ success: ok, failureReason: reason })),
    );
    if (success) {
      logger.info({ file }, 'PDF printed');
      return 'printed';
    }
    if (/cancel/i.test(failureReason)) {
      logger.info({ file }, 'PDF print dialog cancelled');
      return 'cancelled';
    }
    logger.warn({ file, reason: failureReason }, 'PDF print failed; opening it in the system viewer');
  } catch (err) {
    logger.warn({ err, file }, 'PDF print window failed; opening it in the system viewer');
  } finally {
    if (!win.isDestroyed()) void win.close();
  }
  const error = await shell.openPath(file).catch((err: unknown) => String(err));
  if (error === '') {
    logger.info({ file }, 'PDF opened in the system viewer');
    return 'opened';
  }
  logger.error({ file, reason: error }, 'PDF could not be printed or opened');
  return 'failed';
}
