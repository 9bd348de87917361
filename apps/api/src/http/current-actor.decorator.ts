import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '@caseatlas/auth';
import { contextOf } from './request-context';

/** The signed-in actor of a @Permission route (AccessGuard has refused requests without one). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = contextOf(context.switchToHttp().getRequest<Request>()).actor;
  if (!actor) throw new Error('CurrentActor used on a route AccessGuard lets through without an actor');
  return actor;
});
