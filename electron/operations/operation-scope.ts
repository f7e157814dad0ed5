import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestName } from '../../shared/api/contract';
import type { RequestContext } from '../backend/dispatcher';

/** The operation being run (name and caller), for what its transactions write beside its effects. */
export interface OperationScope {
  name: RequestName;
  ctx: RequestContext;
}

const scope = new AsyncLocalStorage<OperationScope>();

export function inOperation<T>(op: OperationScope, fn: () => Promise<T> | T): Promise<T> {
  return Promise.resolve(scope.run(op, fn));
}

export function currentOperation(): OperationScope | undefined {
  return scope.getStore();
}
