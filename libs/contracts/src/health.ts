/** The services the workbench depends on, as `GET /api/health` names them. */
export const HEALTH_DEPENDENCIES = ['postgresql', 'elasticsearch'] as const;
export type HealthDependency = (typeof HEALTH_DEPENDENCIES)[number];

export interface HealthDependencyStatus {
  status: 'up' | 'down';
  message?: string;
  [detail: string]: unknown;
}

/** Body of `GET /api/health` (the shape @nestjs/terminus produces), 200 or 503. */
export interface HealthResponse {
  status: 'ok' | 'error' | 'shutting_down';
  info?: Partial<Record<HealthDependency, HealthDependencyStatus>>;
  error?: Partial<Record<HealthDependency, HealthDependencyStatus>>;
  details: Partial<Record<HealthDependency, HealthDependencyStatus>>;
}
