import { randomUUID } from 'node:crypto';
import { Client } from '@elastic/elasticsearch';
import { CASE_INDEX_SETTINGS, createElasticsearchClient } from '../../libs/search/src';
import { TEST_ELASTICSEARCH_URL, TEST_INDEX_PREFIX } from '../support/environment';

/**
 * The production index settings (libs/search) against the real node: the dev/CI node resolves
 * them through our analysis plugin, the official image through analysis-common.
 */
describe('case text analysis', () => {
  const index = `${TEST_INDEX_PREFIX}_analysis_${randomUUID()}`;
  let client: Client;

  const documents: Record<string, string> = {
    russian: 'Обвиняемая занималась торговлей людьми: торговля людьми через Алматы в ОАЭ.',
    english: 'The defendants trafficked four women through Almaty to Dubai.',
    uzbek: 'Jabrlanuvchi Oʻzbekistonga qaytarildi, ishni Qozogʻiston prokuraturasi yuritdi.',
    kazakh: 'Іс Қазақстан прокуратурасында қаралды.',
    unrelated: 'Трудовая миграция и сезонная работа на стройке.',
  };

  async function idsMatching(query: string): Promise<string[]> {
    const result = await client.search({
      index,
      query: { match: { facts: { query, operator: 'and' } } },
    });
    return result.hits.hits.map((hit) => hit._id!).sort();
  }

  async function tokens(text: string): Promise<string[]> {
    const result = await client.indices.analyze({ index, analyzer: 'case_text', text });
    return (result.tokens ?? []).map((token) => token.token);
  }

  beforeAll(async () => {
    client = createElasticsearchClient([TEST_ELASTICSEARCH_URL]);
    await client.indices.create({
      index,
      settings: { ...CASE_INDEX_SETTINGS, number_of_replicas: 0 },
      mappings: { properties: { facts: { type: 'text', analyzer: 'case_text' } } },
    });
    await client.bulk({
      index,
      refresh: true,
      operations: Object.entries(documents).flatMap(([id, facts]) => [{ index: { _id: id } }, { facts }]),
    });
  });

  afterAll(async () => {
    await client.indices.delete({ index, ignore_unavailable: true });
    await client.close();
  });

  it('finds "торговля людьми" with the query "торговли людей"', async () => {
    expect(await idsMatching('торговли людей')).toEqual(['russian']);
  });

  it('finds "trafficked" with the query "trafficking"', async () => {
    expect(await idsMatching('trafficking')).toEqual(['english']);
  });

  it('reduces Russian noun cases to one stem', async () => {
    expect(await tokens('торговли людей')).toEqual(await tokens('торговля людьми'));
    expect(await tokens('ещё')).toEqual(await tokens('еще'));
  });

  it('matches Uzbek Latin words however the apostrophe is typed, or left out', async () => {
    for (const spelling of ["O'zbekistonga", 'O‘zbekistonga', 'Ozbekistonga', 'Qozog`iston']) {
      expect(await idsMatching(spelling)).toEqual(['uzbek']);
    }
  });

  it('matches Kazakh Cyrillic regardless of case', async () => {
    expect(await idsMatching('ҚАЗАҚСТАН')).toEqual(['kazakh']);
  });

  it('does not match unrelated text', async () => {
    expect(await idsMatching('торговля людьми')).not.toContain('unrelated');
    expect(await idsMatching('миграция')).toEqual(['unrelated']);
  });
});
