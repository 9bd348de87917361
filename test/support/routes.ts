import type { INestApplication } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import {
  AUDIT_ACTION_KEY,
  NOT_AUDITED_KEY,
  PERMISSION_KEY,
  PUBLIC_KEY,
} from '../../apps/api/src/http/access.decorators';
import type { AuditAction, Permission } from '../../libs/contracts/src';

export interface DiscoveredRoute {
  /** `GET /api/cases/:id` */
  route: string;
  controller: string;
  handler: string;
  permission?: Permission;
  isPublic: boolean;
  /** The declared audit action, or undefined for a route marked @NotAudited (or neither). */
  auditAction?: AuditAction;
  notAudited: boolean;
}

const join = (...parts: string[]) =>
  '/' +
  parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/');

/** Every HTTP route the Nest application serves, read from the controllers' own metadata. */
export function discoverRoutes(app: INestApplication, prefix = 'api'): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const controllerPath = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const path = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const read = <T>(key: string) =>
          (Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller)) as T | undefined;
        routes.push({
          route: `${RequestMethod[method]} ${join(prefix, controllerPath, path)}`,
          controller: controller.name,
          handler: name,
          permission: read<Permission>(PERMISSION_KEY),
          isPublic: read<boolean>(PUBLIC_KEY) === true,
          auditAction: read<AuditAction>(AUDIT_ACTION_KEY),
          notAudited: read<boolean>(NOT_AUDITED_KEY) === true,
        });
      }
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}
