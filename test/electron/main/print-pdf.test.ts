import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../../electron/logging/logger';

// electron/main runs against the stand-in electron module: windows are Debian's Chromium, and what
// it cannot show (the print dialog, the system viewer) is recorded in standInRecords.
vi.mock('electron', () => import('../../stand-in/electron/index'));
const { BackendProcess } = await import('../../../electron/main/backend-process');
const { printPdf } = await import('../../../electron/main/print-pdf');
const { BrowserWindow, standInRecords } = await import('../../stand-in/electron/index');
const { standInBrowser } = await import('../../stand-in/electron/chromium');

const entry = fileURLToPath(new URL('./fixtures/fake-backend.mjs', import.meta.url));
const logger = createLogger({ proc: 'app', stderr: false });
// A one-page PDF, as the packing slip writer saves it.
const PDF = '%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 288 432]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

let dataDir: string;
let slip: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'scanbay-print-'));
  mkdirSync(join(dataDir, 'labels', 'slips'), { recursive: true });
  slip = join(dataDir, 'labels', 'slips', 'SO-2001-1.pdf');
  writeFileSync(slip, PDF);
  standInRecords.splice(0);
});
afterEach(() => {
  delete process.env.FAKE_BACKEND;
  delete process.env.FAKE_PRINT_FILE;
  rmSync(dataDir, { recursive: true, force: true });
});
afterAll(async () => {
  await Promise.all(BrowserWindow.getAllWindows().map((w) => w.close()));
  await (await standInBrowser()).close();
});

describe('PDF printing in the desktop app (pools.pdfTarget "dialog")', () => {
  it('the main process hears the backend ask to print a saved PDF, with its file', async () => {
    process.env.FAKE_BACKEND = 'print';
    process.env.FAKE_PRINT_FILE = slip;
    const b = new BackendProcess({ entry, dataDir, logger });
    const asked = new Promise<string>((resolve) => b.once('print', resolve));
    b.start();
    try {
      expect(await asked).toBe(slip);
      expect(b.ready).toBe(true);
    } finally {
      await b.stop(2000);
    }
  });

  it('loads the PDF in a hidden window and calls webContents.print with the dialog (not silent)', async () => {
    expect(await printPdf(slip, dataDir, logger)).toBe('printed');
    expect(standInRecords).toEqual([{ what: 'print', url: pathToFileURL(slip).href, options: expect.objectContaining({ silent: false }) }]);
  }, 60_000);

  it('opens the PDF in the system viewer (shell.openPath) when the window cannot print it', async () => {
    const load = vi.spyOn(BrowserWindow.prototype, 'loadURL').mockRejectedValueOnce(new Error('ERR_FAILED'));
    try {
      expect(await printPdf(slip, dataDir, logger)).toBe('opened');
    } finally {
      load.mockRestore();
    }
    // The hidden window is closed again, whatever happened.
    await expect.poll(() => BrowserWindow.getAllWindows().length).toBe(0);
    expect(standInRecords).toEqual([{ what: 'shell.openPath', path: slip }]);
  }, 60_000);

  it('refuses a file that is not a PDF the station saved under <data dir>/labels', async () => {
    const outside = join(dataDir, 'other.pdf');
    writeFileSync(outside, PDF);
    const notPdf = join(dataDir, 'labels', 'slips', 'SO-2001-1.zpl');
    writeFileSync(notPdf, '^XA^XZ');
    for (const file of [outside, notPdf, join(dataDir, 'labels', '..', 'other.pdf'), 'labels/slips/SO-2001-1.pdf', join(dataDir, 'labels', 'slips', 'missing.pdf')]) {
      expect(await printPdf(file, dataDir, logger), file).toBe('refused');
    }
    expect(standInRecords).toEqual([]);
  });
});
