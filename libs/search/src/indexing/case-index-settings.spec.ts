import { validateEnvironment } from '@caseatlas/config';
import { caseIndexLayout } from './case-index-settings';

describe('caseIndexLayout', () => {
  it('keeps the single-node layout by default: one shard, a replica once a second node is there', () => {
    const { ELASTICSEARCH_SHARDS, ELASTICSEARCH_REPLICAS } = validateEnvironment({});
    expect(caseIndexLayout(ELASTICSEARCH_SHARDS, ELASTICSEARCH_REPLICAS)).toEqual({
      number_of_shards: 1,
      auto_expand_replicas: '0-1',
    });
  });

  it('fixes a replica count, or passes an auto-expand range on', () => {
    expect(caseIndexLayout(1, '2')).toEqual({ number_of_shards: 1, number_of_replicas: 2 });
    expect(caseIndexLayout(3, '0-all')).toEqual({ number_of_shards: 3, auto_expand_replicas: '0-all' });
  });
});
