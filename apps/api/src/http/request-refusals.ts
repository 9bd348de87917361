import { isUtf8 } from 'node:buffer';
import { BadRequestException, HttpException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { toErrorResponse } from './error-response';

/** A request refused before any route saw it; `reason` is what the audit keeps. */
export class RequestRefusedException extends HttpException {
  constructor(
    status: number,
    readonly reason: string,
    message: string,
  ) {
    super(toErrorResponse(status, message), status);
  }
}

/** What body-parser says, in our words: the reason the audit keeps and the message the caller reads. */
const BODY_REFUSALS: Record<string, { reason: string; message: string }> = {
  'entity.parse.failed': { reason: 'malformedJson', message: 'the body must be a valid JSON object' },
  'entity.too.large': { reason: 'bodyTooLarge', message: 'the body is larger than 1 MB' },
  'entity.verify.failed': { reason: 'unreadableBody', message: 'the body could not be read' },
  'encoding.unsupported': { reason: 'unsupportedEncoding', message: 'the body uses an unsupported content encoding' },
  'charset.unsupported': { reason: 'unsupportedCharset', message: 'the body must be UTF-8' },
  'request.aborted': { reason: 'aborted', message: 'the request was aborted' },
  'request.size.invalid': { reason: 'sizeMismatch', message: 'the body does not have the length announced' },
  'stream.encoding.set': { reason: 'unreadableBody', message: 'the body could not be read' },
  'encoding.invalid': { reason: 'invalidUtf8', message: 'the body is not valid UTF-8' },
};

function bodyRefusalOf(exception: unknown): { status: number; reason: string; message: string } | undefined {
  const { status, type } = (exception ?? {}) as { status?: unknown; type?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500 || exception instanceof HttpException)
    return undefined;
  const known = typeof type === 'string' ? BODY_REFUSALS[type] : undefined;
  return { status, ...(known ?? { reason: 'unreadableBody', message: 'the body could not be read' }) };
}

/**
 * body-parser's `verify` hook: bytes that are not UTF-8 would be read as U+FFFD, silently changing
 * what was sent, so the body is refused instead.
 */
export function refuseInvalidUtf8(_request: unknown, _response: unknown, body: Buffer): void {
  if (!isUtf8(body))
    throw Object.assign(new Error('the body is not valid UTF-8'), { status: 400, type: 'encoding.invalid' });
}

/**
 * Express error middleware right after the body parser: its errors become ours, in our words
 * (never the JSON parser's message), before Nest maps them to a bare 400 and loses their kind.
 */
export function refuseUnreadableBodies(
  error: unknown,
  _request: Request,
  _response: Response,
  next: NextFunction,
): void {
  const refusal = bodyRefusalOf(error);
  next(refusal ? new RequestRefusedException(refusal.status, refusal.reason, refusal.message) : error);
}

/**
 * The router could not percent-decode a path parameter (`/cases/%E0%A4%A`), so no route ran: it is
 * refused like an unreadable body. Nest's router turns the router's URIError into a
 * BadRequestException carrying the router's message (and the raw value), which is how it is known.
 */
export function pathRefusalOf(exception: unknown): RequestRefusedException | undefined {
  return exception instanceof BadRequestException && /^Failed to decode param /.test(exception.message)
    ? new RequestRefusedException(400, 'malformedPath', 'the address is not valid percent-encoding')
    : undefined;
}

/**
 * Express middleware before the body parser, for what it would read one way while the caller
 * meant another: a body that is not JSON (form fields, plain text) would reach the routes as no
 * body at all ("the record must be a JSON object"), and a query whose percent-encoding is not
 * UTF-8 would be read with U+FFFD in place of what was sent. Both are refused, in our words.
 */
export function refuseUnreadableRequests(request: Request, _response: Response, next: NextFunction): void {
  const query = request.originalUrl.indexOf('?');
  if (query >= 0) {
    try {
      decodeURIComponent(request.originalUrl.slice(query + 1).replace(/\+/g, ' '));
    } catch {
      return next(new RequestRefusedException(400, 'malformedQuery', 'the address is not valid percent-encoding'));
    }
  }
  const hasBody =
    Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (hasBody && !request.is('application/json')) {
    return next(
      new RequestRefusedException(
        415,
        'unsupportedMediaType',
        'the body must be JSON, sent as Content-Type: application/json',
      ),
    );
  }
  next();
}
