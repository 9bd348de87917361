import { Client } from '@elastic/elasticsearch';
import { QueryUnderstandingService } from '../libs/search/src/query/query-understanding.service';
const client = new Client({ node: 'http://127.0.0.1:9200' });
const service = new QueryUnderstandingService(client, { get: () => 5000 } as never);
(async () => {
  for (const q of process.argv.slice(2)) {
    const u = await service.understand(q);
    console.log(
      q,
      '=>',
      JSON.stringify(u.interpretation.map((i) => `${i.text}=${i.field}:${i.value}`)),
      '| eq:',
      u.equivalents.slice(0, 8).join('; '),
      '| near:',
      u.near.length,
    );
  }
})();
