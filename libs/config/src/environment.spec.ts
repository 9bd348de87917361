import { ENVIRONMENT_DEFAULTS, EnvironmentError, logLevelsFrom, validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('fills every variable with its embedded default when nothing is set', () => {
    const environment = validateEnvironment({});
    expect(environment.DATABASE_URL).toBe(ENVIRONMENT_DEFAULTS.DATABASE_URL);
    expect(environment.ELASTICSEARCH_URL).toEqual([ENVIRONMENT_DEFAULTS.ELASTICSEARCH_URL]);
    expect(environment.PORT).toBe(3000);
    expect(environment.NODE_ENV).toBe('development');
  });

  it('writes the chosen log level and every more severe one, `log` by default', () => {
    expect(validateEnvironment({}).LOG_LEVEL).toBe('log');
    expect(logLevelsFrom('log')).toEqual(['fatal', 'error', 'warn', 'log']);
    expect(logLevelsFrom('warn')).toEqual(['fatal', 'error', 'warn']);
    expect(() => validateEnvironment({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('turns numeric strings into numbers', () => {
    expect(validateEnvironment({ PORT: '8080' }).PORT).toBe(8080);
  });

  it('treats empty strings as unset', () => {
    expect(validateEnvironment({ DATABASE_URL: '' }).DATABASE_URL).toBe(ENVIRONMENT_DEFAULTS.DATABASE_URL);
  });

  it('names the bad variable and the rule in its message', () => {
    expect(() => validateEnvironment({ DATABASE_URL: 'mysql://localhost/caseatlas' })).toThrow(
      /DATABASE_URL: DATABASE_URL must be a PostgreSQL URL/,
    );
  });

  it('reports every bad variable at once', () => {
    let caught: unknown;
    try {
      validateEnvironment({ PORT: 'eighty', ELASTICSEARCH_URL: 'localhost:9200', NODE_ENV: 'staging' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvironmentError);
    const problems = (caught as EnvironmentError).problems.map((problem) => problem.split(':')[0]).sort();
    expect(problems).toEqual(['ELASTICSEARCH_URL', 'NODE_ENV', 'PORT']);
  });

  it('takes the case index shards and replicas as a count or an auto-expand range, one shard and 0-1 by default', () => {
    expect(validateEnvironment({})).toEqual(
      expect.objectContaining({ ELASTICSEARCH_SHARDS: 1, ELASTICSEARCH_REPLICAS: '0-1' }),
    );
    expect(validateEnvironment({ ELASTICSEARCH_SHARDS: '3', ELASTICSEARCH_REPLICAS: '2' })).toEqual(
      expect.objectContaining({ ELASTICSEARCH_SHARDS: 3, ELASTICSEARCH_REPLICAS: '2' }),
    );
    expect(validateEnvironment({ ELASTICSEARCH_REPLICAS: '0-all' }).ELASTICSEARCH_REPLICAS).toBe('0-all');
    expect(() => validateEnvironment({ ELASTICSEARCH_SHARDS: '0' })).toThrow(/ELASTICSEARCH_SHARDS/);
    expect(() => validateEnvironment({ ELASTICSEARCH_REPLICAS: 'two' })).toThrow(/ELASTICSEARCH_REPLICAS/);
    expect(() => validateEnvironment({ ELASTICSEARCH_REPLICAS: '2-1' })).toThrow(
      /ELASTICSEARCH_REPLICAS: the range 2-1/,
    );
  });

  it('takes a cluster’s nodes as comma-separated URLs, each checked', () => {
    expect(
      validateEnvironment({ ELASTICSEARCH_URL: 'http://127.0.0.1:9210, http://127.0.0.1:9211' }).ELASTICSEARCH_URL,
    ).toEqual(['http://127.0.0.1:9210', 'http://127.0.0.1:9211']);
    expect(() => validateEnvironment({ ELASTICSEARCH_URL: 'http://127.0.0.1:9210,127.0.0.1:9211' })).toThrow(
      /ELASTICSEARCH_URL must be an http\(s\) URL or several/,
    );
  });

  it('accepts a database URL with credentials, port and options', () => {
    const url = 'postgresql://caseatlas:s3cret@db.internal:6432/caseatlas?sslmode=require';
    expect(validateEnvironment({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });
});

describe('validateEnvironment in production', () => {
  it('refuses to start with the development JWT secret or a short one, without echoing it', () => {
    for (const secret of [undefined, 'too-short-secret']) {
      let caught: unknown;
      try {
        validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: secret });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(EnvironmentError);
      const problems = (caught as EnvironmentError).problems;
      expect(problems).toEqual([expect.stringMatching(/^JWT_SECRET: production needs its own random secret/)]);
      expect(problems.join()).not.toContain('too-short-secret');
    }
  });

  it('starts with a secret of its own', () => {
    const secret = 'q8J1vS0w3XcY8n2Lr5Kp7Tz9Ab4Df6Gh1Jk3Lm5Np7Q=';
    expect(validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: secret }).JWT_SECRET).toBe(secret);
  });

  it('keeps the development secret outside production', () => {
    expect(validateEnvironment({ NODE_ENV: 'development' }).JWT_SECRET).toBe(ENVIRONMENT_DEFAULTS.JWT_SECRET);
  });
});
