import type { Verdict } from '../../../shared/workflows/verdict';
import { logScan } from '../../storage/repos/scan-log';
import type { Db } from '../../storage/schema';
import type { WorkflowActor } from './actor';

/** Raw codes longer than this are logged shortened (a 10 KB scan is still logged, and rejected). */
const MAX_LOGGED = 512;

/** Writes every scan with its verdict to the scan log (rejected scans are kept too). */
export async function journal(
  db: Db,
  actor: WorkflowActor,
  entry: { workflow: string; documentType: string; documentNumber: string | null; raw: string; verdict: Verdict },
): Promise<void> {
  const raw = entry.raw.length > MAX_LOGGED ? `${entry.raw.slice(0, MAX_LOGGED)}… (${entry.raw.length} characters)` : entry.raw;
  await logScan(db, {
    station: actor.station,
    userId: actor.userId,
    workflow: entry.workflow,
    documentType: entry.documentType,
    documentNumber: entry.documentNumber,
    rawCode: raw,
    verdict: entry.verdict.verdict,
    reason: entry.verdict.reason,
    message: entry.verdict.message,
  });
}
