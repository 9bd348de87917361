import { STATUS_CODES } from 'node:http';
import type { ErrorResponse } from '@caseatlas/contracts';

/** The documented error body ({@link ErrorResponse}), the one shape every refusal has. */
export function toErrorResponse(statusCode: number, message: string): ErrorResponse {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
}
