import { createElasticsearchClient } from './elasticsearch.module';

describe('createElasticsearchClient (several nodes)', () => {
  it('always has a node to try when requests to the nodes have timed out', async () => {
    const client = createElasticsearchClient(['http://127.0.0.1:1', 'http://127.0.0.1:2', 'http://127.0.0.1:3']);
    const pool = client.connectionPool;
    const pick = () => pool.getConnection({ now: Date.now(), requestId: 1, name: 'test', context: null });
    try {
      pick();
      // Two nodes time out again and again, then the third once: Elasticsearch's default pool
      // (weighted) then answered no node at all, and the search failed with NoLivingConnectionsError.
      const [first, second, third] = pool.connections;
      for (let timeout = 0; timeout < 6; timeout++) {
        pool.markDead(first);
        pool.markDead(third);
      }
      pool.markDead(second);
      const picked = Array.from({ length: 9 }, pick);
      expect(picked.filter((connection) => connection === null)).toHaveLength(0);
    } finally {
      await client.close();
    }
  });
});
