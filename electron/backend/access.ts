import { accessOf } from '../../shared/api/access';
import type { RequestName } from '../../shared/api/contract';
import { StationError } from '../../shared/api/errors';
import { msg } from '../../shared/i18n/message';
import type { SignedInUser } from '../../shared/api/requests/session';
import type { RequestContext } from './dispatcher';

export interface AccessPorts {
  user(): SignedInUser | null;
  requireSignIn(): boolean;
  /** Whether the station has a supervisor yet (before that, setting up needs nobody). */
  hasSupervisor(): Promise<boolean>;
  /** Whether the station has any user (a new station has none: the refusal says how to add one). */
  hasUsers(): Promise<boolean>;
}

const UI_ORIGINS: ReadonlySet<RequestContext['origin']> = new Set(['ipc', 'ws']);

/**
 * Refuses a UI request its caller may not make (see shared/api/access.ts). Only requests from the
 * station's own UI are checked: REST records its API key, the CLI is the local administrator.
 */
export function createAccessCheck(ports: AccessPorts): (name: RequestName, ctx: RequestContext) => Promise<void> {
  return async (name, ctx) => {
    if (!UI_ORIGINS.has(ctx.origin)) return;
    const access = accessOf(name);
    if (access === null) return;
    const user = ports.user();
    if (access === 'signed_in') {
      if (user === null && ports.requireSignIn()) {
        const users = (await ports.hasUsers()) ? 'some' : 'none';
        throw new StationError('sign_in_required', msg('errors-station.access.signInFirst', { users }));
      }
      return;
    }
    if (user?.role !== 'supervisor' && (await ports.hasSupervisor())) {
      const what = name === 'options.set' ? 'settings' : name.startsWith('webhooks.') ? 'webhooks' : 'users';
      throw new StationError(
        'forbidden',
        user ? msg('errors-station.access.supervisorOnly', { what, name: user.name, role: user.role }) : msg('errors-station.access.signedInSupervisorOnly', { what }),
      );
    }
  };
}
