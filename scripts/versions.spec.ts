import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Dev/CI and production must run the same Elasticsearch, and the client must speak its major. */
describe('Elasticsearch versions', () => {
  const root = join(__dirname, '..');
  const read = (file: string) => readFileSync(join(root, file), 'utf8');

  const devVersion = /ES_VERSION=\$\{ES_VERSION:-([\d.]+)\}/.exec(read('scripts/elasticsearch.sh'))?.[1];
  const composeVersion = /elasticsearch\/elasticsearch:([\d.]+)/.exec(read('docker-compose.yml'))?.[1];
  const scaleVersions = [...read('docker-compose.scale.yml').matchAll(/elasticsearch\/elasticsearch:([\d.]+)/g)].map(
    (match) => match[1],
  );
  const pluginVersion = /<elasticsearch\.version>([\d.]+)<\/elasticsearch\.version>/.exec(
    read('elasticsearch/analysis-plugin/pom.xml'),
  )?.[1];
  const clientSpec = (JSON.parse(read('package.json')) as { dependencies: Record<string, string> }).dependencies[
    '@elastic/elasticsearch'
  ];

  it('runs the same version in dev/CI, in both compose files and in the plugin build', () => {
    expect(devVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(composeVersion).toBe(devVersion);
    expect(scaleVersions.length).toBeGreaterThan(0);
    expect(new Set(scaleVersions)).toEqual(new Set([devVersion]));
    expect(pluginVersion).toBe(devVersion);
  });

  it('pins the client exactly, to the server major', () => {
    expect(clientSpec).toMatch(/^\d+\.\d+\.\d+$/);
    expect(clientSpec.split('.')[0]).toBe(devVersion!.split('.')[0]);
  });
});
