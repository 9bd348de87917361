import { ConflictException, HttpStatus } from '@nestjs/common';
import type { ConflictResponse } from '@caseatlas/contracts';

/** 409 when the client edited an older version: nothing was written; it must reload. */
export class StaleVersionException extends ConflictException {
  constructor(resource: string, sentVersion: number, currentVersion: number) {
    const body: ConflictResponse = {
      statusCode: HttpStatus.CONFLICT,
      error: 'Conflict',
      message: `This ${resource} was changed by someone else (you edited version ${sentVersion}, it is now at version ${currentVersion}). Reload it and apply your changes again.`,
      currentVersion,
    };
    super(body);
  }
}

/** PostgreSQL's unique_violation, raised through TypeORM. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driverError?.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}
