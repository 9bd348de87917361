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

/** 409 when a case to delete carries annotations: nothing is deleted, theirs included. */
export class CaseHasAnnotationsException extends ConflictException {
  constructor(readonly annotations: number) {
    super({
      statusCode: HttpStatus.CONFLICT,
      error: 'Conflict',
      message:
        `This case carries ${annotations} annotation${annotations === 1 ? '' : 's'}, which would be lost with it. ` +
        'Archive the case instead (it leaves search and analytics), or delete it once its annotations are removed by their authors.',
      annotations,
    });
  }
}

/** PostgreSQL's unique_violation, raised through TypeORM. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driverError?.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}
