/** The services the workbench depends on, as `GET /api/health` names them. */
export const HEALTH_DEPENDENCIES = ['postgresql', 'elasticsearch'] as const;
export type HealthDependency = (typeof HEALTH_DEPENDENCIES)[number];

export interface HealthDependencyStatus {
  status: 'up' | 'down';
  /** Elasticsearch, when up: `degraded` while a copy of some shard is missing (a node is gone). */
  state?: 'ok' | 'degraded';
  message?: string;
  [detail: string]: unknown;
}

/**
 * How far the search index lags behind PostgreSQL. Never `down`: a backlog or an indexing error
 * makes search `degraded` (older results), while writes go on.
 */
export interface SearchIndexStatus {
  status: 'up';
  state: 'ok' | 'degraded';
  /** Changes waiting to be indexed, and the age of the oldest in seconds. */
  backlog: number;
  oldestSeconds: number | null;
  /** Changes Elasticsearch refused too often, set aside for an operator. */
  parked: number;
  /** The last failure of the index relay of this process, if it has not succeeded since. */
  lastError: { message: string; at: string } | null;
}

type HealthSections = Partial<Record<HealthDependency, HealthDependencyStatus>> & { searchIndex?: SearchIndexStatus };

/** Body of `GET /api/health` (the shape @nestjs/terminus produces), 200 or 503. */
export interface HealthResponse {
  status: 'ok' | 'error' | 'shutting_down';
  info?: HealthSections;
  error?: HealthSections;
  details: HealthSections;
}
