import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { static as serveStatic } from 'express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Serves the built admin UI at `/`, and its index.html for every other GET outside the API (the
 * admin's own routes in the browser). Written here rather than through `@nestjs/serve-static`,
 * whose error handler turns every error raised on an excluded path (the body parser's, our
 * refusals) into a 404: requests under `/api` must reach the API's filter with their status.
 */
export function serveAdmin(app: NestExpressApplication, directory: string | undefined, apiPrefix: string): void {
  if (directory === undefined) return;
  const index = join(directory, 'index.html');
  if (!existsSync(index)) {
    new Logger('CaseAtlas').warn(`ADMIN_STATIC_DIR holds no index.html (${directory}): serving the API only`);
    return;
  }
  const files = serveStatic(directory, { index: false, fallthrough: true, redirect: false });
  // Express routes ignore case (`/API/cases` reaches the API), and the file server decodes `%2F`
  // (`/api/..%2Findex.html`): anything whose raw path starts with the prefix, in any case, is the API's.
  const isApi = (request: Request) => {
    const path = request.path.toLowerCase();
    return path === `/${apiPrefix}` || path.startsWith(`/${apiPrefix}/`) || path.startsWith(`/${apiPrefix}%2f`);
  };
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (isApi(request) || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    files(request, response, () => response.sendFile(index, (error) => (error ? next(error) : undefined)));
  });
}
