import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
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
  // No file of the admin is named `api`, so the API's paths fall through to the API.
  app.useStaticAssets(directory, { index: false, fallthrough: true });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const api = request.path === `/${apiPrefix}` || request.path.startsWith(`/${apiPrefix}/`);
    if (api || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    response.sendFile(index, (error) => (error ? next(error) : undefined));
  });
}
