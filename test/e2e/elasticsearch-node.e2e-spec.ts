import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_ELASTICSEARCH_URL } from '../support/environment';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const clientVersion = (
  JSON.parse(readFileSync(require.resolve('@elastic/elasticsearch/package.json'), 'utf8')) as { version: string }
).version;
const majorOf = (version: string) => Number(/(\d+)\./.exec(version)![1]);

describe('the Elasticsearch node the tests run against', () => {
  let root: { version: { number: string; distribution?: string }; tagline: string };
  let productHeader: string | null;

  beforeAll(async () => {
    const response = await fetch(TEST_ELASTICSEARCH_URL);
    productHeader = response.headers.get('x-elastic-product');
    root = (await response.json()) as typeof root;
  });

  it('is Elasticsearch, not OpenSearch', () => {
    expect(productHeader).toBe('Elasticsearch');
    expect(root.tagline).toBe('You Know, for Search');
    expect(root.version.distribution).toBeUndefined();
  });

  it('has the same major version as the client pinned in package.json', () => {
    const pinned = manifest.dependencies['@elastic/elasticsearch'];
    expect(majorOf(root.version.number)).toBe(majorOf(pinned));
    expect(majorOf(clientVersion)).toBe(majorOf(root.version.number));
  });
});
