import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, validateSync } from 'class-validator';

export const NODE_ENVIRONMENTS = ['development', 'production', 'test'] as const;
export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];
/** Nest's log levels from the most to the least severe; LOG_LEVEL keeps its own and those above. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Defaults are the ones the README's first command runs with on a fresh machine. */
export const ENVIRONMENT_DEFAULTS = {
  NODE_ENV: 'development',
  HOST: '127.0.0.1',
  PORT: 3000,
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/caseatlas',
  ELASTICSEARCH_URL: 'http://127.0.0.1:9200',
  ELASTICSEARCH_INDEX_PREFIX: 'caseatlas',
  ELASTICSEARCH_SHARDS: 1,
  /** A replica count, or an auto-expand range: one replica when a second node is there. */
  ELASTICSEARCH_REPLICAS: '0-1',
  HEALTH_CHECK_TIMEOUT_MS: 1500,
  REFRESH_REUSE_GRACE_SECONDS: 10,
  SEARCH_RELAY: 'on',
  SEARCH_RELAY_INTERVAL_MS: 500,
  SEARCH_TIMEOUT_MS: 1500,
  ANALYTICS_SMALL_CELL: 5,
  ANONYMIZER_THREADS: 1,
  /** Development only: production refuses to start with it (see validateEnvironment). */
  JWT_SECRET: 'caseatlas-development-secret-do-not-use-in-production',
  ACCESS_TOKEN_TTL_SECONDS: 900,
  REFRESH_TOKEN_TTL_SECONDS: 8 * 60 * 60,
  SESSION_MAX_AGE_SECONDS: 7 * 24 * 60 * 60,
  RATE_LIMIT_PER_MINUTE: 600,
  LOGIN_RATE_LIMIT_PER_MINUTE: 20,
  LOGIN_MAX_FAILURES: 5,
  LOGIN_LOCKOUT_SECONDS: 900,
  TRUST_PROXY: 0,
  LOG_LEVEL: 'log',
} as const;

export const JWT_SECRET_MIN_LENGTH = 32;
export const MAX_ANONYMIZER_THREADS = 16;

const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;

/**
 * Every variable the API reads. Validated once at start-up so a typo fails the boot with the
 * variable's name instead of surfacing later as a connection error.
 */
export class EnvironmentVariables {
  @IsIn(NODE_ENVIRONMENTS)
  NODE_ENV: NodeEnvironment = ENVIRONMENT_DEFAULTS.NODE_ENV;

  @IsString()
  HOST: string = ENVIRONMENT_DEFAULTS.HOST;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = ENVIRONMENT_DEFAULTS.LOG_LEVEL;

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = ENVIRONMENT_DEFAULTS.PORT;

  @Matches(/^postgres(ql)?:\/\/[^/\s]+\/[A-Za-z0-9_]+(\?\S*)?$/, {
    message:
      'DATABASE_URL must be a PostgreSQL URL naming its database, e.g. postgres://user:password@host:5432/caseatlas',
  })
  DATABASE_URL: string = ENVIRONMENT_DEFAULTS.DATABASE_URL;

  /**
   * The cluster's nodes, comma-separated: the client spreads requests over them and moves on
   * from one that does not answer (docs/scale-out.md).
   */
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((url) => url.trim()) : value))
  @IsUrl(
    { protocols: ['http', 'https'], require_tld: false, require_protocol: true },
    {
      each: true,
      message: 'ELASTICSEARCH_URL must be an http(s) URL or several separated by commas, e.g. http://127.0.0.1:9200',
    },
  )
  ELASTICSEARCH_URL: string[] = [ENVIRONMENT_DEFAULTS.ELASTICSEARCH_URL];

  @Matches(/^[a-z0-9][a-z0-9_-]*$/, {
    message: 'ELASTICSEARCH_INDEX_PREFIX must be lower-case letters, digits, "_" or "-"',
  })
  ELASTICSEARCH_INDEX_PREFIX: string = ENVIRONMENT_DEFAULTS.ELASTICSEARCH_INDEX_PREFIX;

  /** Primary shards of each new generation of the case index (docs/scale-out.md). */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1024)
  ELASTICSEARCH_SHARDS: number = ENVIRONMENT_DEFAULTS.ELASTICSEARCH_SHARDS;

  /**
   * Replicas of each new generation of the case index: a count (`2`) or an auto-expand range
   * (`0-1`, `0-all`: as many as the cluster has nodes for, within the range).
   */
  @Matches(/^(\d{1,3}|\d{1,3}-(\d{1,3}|all))$/, {
    message: 'ELASTICSEARCH_REPLICAS must be a number of replicas (e.g. 2) or an auto-expand range (e.g. 0-1, 0-all)',
  })
  ELASTICSEARCH_REPLICAS: string = ENVIRONMENT_DEFAULTS.ELASTICSEARCH_REPLICAS;

  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(60000)
  HEALTH_CHECK_TIMEOUT_MS: number = ENVIRONMENT_DEFAULTS.HEALTH_CHECK_TIMEOUT_MS;

  /** Whether this process drains the search outbox ('off' for API replicas beside separate relays). */
  @IsIn(['on', 'off'], { message: 'SEARCH_RELAY must be on or off' })
  SEARCH_RELAY: 'on' | 'off' = ENVIRONMENT_DEFAULTS.SEARCH_RELAY as 'on' | 'off';

  /** How often an idle relay looks for changes; a busy one drains without waiting. */
  @Transform(toInteger)
  @IsInt()
  @Min(10)
  @Max(60_000)
  SEARCH_RELAY_INTERVAL_MS: number = ENVIRONMENT_DEFAULTS.SEARCH_RELAY_INTERVAL_MS;

  /** How long a search may wait for Elasticsearch before the API answers 503. */
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(30_000)
  SEARCH_TIMEOUT_MS: number = ENVIRONMENT_DEFAULTS.SEARCH_TIMEOUT_MS;

  /** Analytics cells counting fewer cases (or defendants, victims) are flagged small and left out of exports. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1000)
  ANALYTICS_SMALL_CELL: number = ENVIRONMENT_DEFAULTS.ANALYTICS_SMALL_CELL;

  /**
   * Threads the anonymizer runs in, beside the event loop: one for the API (a save at a time keeps
   * it busy for milliseconds); the command line uses every core unless told (an import waits on it).
   */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(MAX_ANONYMIZER_THREADS)
  ANONYMIZER_THREADS: number = ENVIRONMENT_DEFAULTS.ANONYMIZER_THREADS;

  /** Origins allowed to call the API from a browser, comma-separated; empty = same origin only. */
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean)
      : value,
  )
  @IsUrl(
    { require_tld: false, require_protocol: true },
    { each: true, message: 'CORS_ORIGINS must be comma-separated URLs' },
  )
  CORS_ORIGINS: string[] = [];

  /** Signs access tokens (HS256). */
  @IsString()
  JWT_SECRET: string = ENVIRONMENT_DEFAULTS.JWT_SECRET;

  @Transform(toInteger)
  @IsInt()
  @Min(60)
  @Max(24 * 60 * 60)
  ACCESS_TOKEN_TTL_SECONDS: number = ENVIRONMENT_DEFAULTS.ACCESS_TOKEN_TTL_SECONDS;

  @Transform(toInteger)
  @IsInt()
  @Min(300)
  @Max(30 * 24 * 60 * 60)
  REFRESH_TOKEN_TTL_SECONDS: number = ENVIRONMENT_DEFAULTS.REFRESH_TOKEN_TTL_SECONDS;

  /** However often it is refreshed, a session ends this long after signing in. */
  @Transform(toInteger)
  @IsInt()
  @Min(300)
  @Max(90 * 24 * 60 * 60)
  SESSION_MAX_AGE_SECONDS: number = ENVIRONMENT_DEFAULTS.SESSION_MAX_AGE_SECONDS;

  /**
   * A rotated refresh token presented again within this many seconds is only refused (two tabs
   * refreshing at once); later, it ends its session as stolen.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(300)
  REFRESH_REUSE_GRACE_SECONDS: number = ENVIRONMENT_DEFAULTS.REFRESH_REUSE_GRACE_SECONDS;

  /** Requests per minute, client address and route. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE: number = ENVIRONMENT_DEFAULTS.RATE_LIMIT_PER_MINUTE;

  /** Login attempts per minute and client address, whatever the account. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT_PER_MINUTE: number = ENVIRONMENT_DEFAULTS.LOGIN_RATE_LIMIT_PER_MINUTE;

  /** Failed logins of one account from one address before it is locked for LOGIN_LOCKOUT_SECONDS. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES: number = ENVIRONMENT_DEFAULTS.LOGIN_MAX_FAILURES;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  LOGIN_LOCKOUT_SECONDS: number = ENVIRONMENT_DEFAULTS.LOGIN_LOCKOUT_SECONDS;

  /** Reverse proxies in front of the API whose X-Forwarded-For is trusted (0 = none). */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY: number = ENVIRONMENT_DEFAULTS.TRUST_PROXY;

  /** Directory of the built admin UI; the API serves it at `/` when it exists. */
  @IsOptional()
  @IsString()
  ADMIN_STATIC_DIR?: string;
}

export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n  - ${problems.join('\n  - ')}`);
    this.name = 'EnvironmentError';
  }
}

/**
 * Pure: takes the raw environment, returns typed configuration or throws an EnvironmentError
 * listing every bad variable by name. Empty strings count as unset.
 */
export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const present = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''));
  const environment = plainToInstance(EnvironmentVariables, present, { exposeDefaultValues: true });
  const errors = validateSync(environment, { skipMissingProperties: false });
  const problems = errors.map((error) => {
    const messages = Object.values(error.constraints ?? {});
    return `${error.property}: ${messages.join('; ')} (got ${JSON.stringify(error.value)})`;
  });
  if (problems.length === 0) problems.push(...replicaRangeProblems(environment.ELASTICSEARCH_REPLICAS));
  if (environment.NODE_ENV === 'production') problems.push(...productionProblems(environment));
  if (problems.length > 0) throw new EnvironmentError(problems);
  return environment;
}

/** An auto-expand range must not end below its start ("2-1"). */
function replicaRangeProblems(replicas: string): string[] {
  const [from, to] = replicas.split('-');
  if (to === undefined || to === 'all' || Number(from) <= Number(to)) return [];
  return [`ELASTICSEARCH_REPLICAS: the range ${replicas} ends below its start`];
}

/** Production refuses the development defaults of secrets; the value itself is never echoed. */
function productionProblems(environment: EnvironmentVariables): string[] {
  const secret = environment.JWT_SECRET;
  if (secret === ENVIRONMENT_DEFAULTS.JWT_SECRET || secret.length < JWT_SECRET_MIN_LENGTH) {
    return [
      `JWT_SECRET: production needs its own random secret of at least ${JWT_SECRET_MIN_LENGTH} characters (e.g. openssl rand -base64 48)`,
    ];
  }
  return [];
}

/** The levels Nest writes for a LOG_LEVEL: that one and every more severe one. */
export function logLevelsFrom(level: LogLevel): LogLevel[] {
  return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1);
}
