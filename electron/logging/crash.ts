import type { Logger } from 'pino';

/**
 * Logs what kills the process (an uncaught exception or an unhandled rejection) before it dies,
 * keeping Node's own outcome: the process exits with code 1 (the desktop app restarts its backend).
 */
export function logCrashes(logger: Logger, exit: (code: number) => void = (code) => process.exit(code)): void {
  process.on('uncaughtException', (err, origin) => {
    logger.fatal({ err, origin }, 'crash: uncaught exception');
    exit(1);
  });
  process.on('unhandledRejection', (reason) => {
    logger.fatal({ err: reason }, 'crash: unhandled promise rejection');
    exit(1);
  });
}
