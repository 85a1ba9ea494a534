/**
 * The type of an API handler: validated arguments in, a result (or a thrown CoreError) out.
 */
import type { z } from 'zod';
import type { ApiContext } from './context';
import type { ApiMethod, ApiResult, argSchemas } from './contract';

/** The handler of method `M`. */
export type Handler<M extends ApiMethod> = (
  ctx: ApiContext,
  args: z.output<(typeof argSchemas)[M]>,
) => ApiResult<M> | Promise<ApiResult<M>>;

/** One handler per method of the contract. */
export type HandlerTable = { [M in ApiMethod]: Handler<M> };

/** The handlers of some methods (one noun's file). */
export type Handlers<M extends ApiMethod> = Pick<HandlerTable, M>;
