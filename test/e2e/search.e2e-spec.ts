import { generateCases, generateStatutes } from '../../libs/demo/src';
import { CASE_FILTERS } from '../../libs/contracts/src';
import type { CaseFilterName, CaseRecord, CaseResponse } from '../../libs/contracts/src';
import { FACETS } from '../../libs/search/src';
import type { SearchResponse as SearchResult, SimilarCase } from '../../libs/contracts/src';
import { auditRowsAfter, auditWatermark } from '../support/audit';
import { AuthorizedClient } from '../support/accounts';
import { resetDatabase, withTestDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';
import { deleteTestIndices, elasticsearch, waitForSearchIndex } from '../support/search';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Precedent search against the real Elasticsearch node, fed by the outbox relay of the API
 * under test. Expected hits are pinned by hand for the texts, and by the SQL of the case list
 * (an independent implementation of every filter) for the filters and facets.
 */
describe('GET /api/search', () => {
  let app: TestApp;
  let reviewer: AuthorizedClient;
  let member: AuthorizedClient;
  const ids: Record<string, string> = {};

  /** Hand-written cases: each text test below names the case it must (or must not) find. */
  const HAND_WRITTEN: Record<string, Partial<CaseRecord>> = {
    tashkentRussian: {
      reference: 'UZ-2020-TAS-0001',
      language: 'ru',
      jurisdiction: 'UZ',
      region: null as never,
      charges: [{ statute: 'UZ-CC-135-2', defendant: 'D1', outcome: 'convicted' }],
      title: 'Вербовка женщин в Ташкенте',
      summary: 'Обвиняемая занималась вербовкой женщин в Ташкенте и отправляла их в Дубай.',
      facts: 'Потерпевших перевозили через Алматы. Документы у потерпевших изымали по прибытии.',
    },
    tashkentEnglish: {
      reference: 'KZ-2021-ALM-0002',
      language: 'en',
      title: 'Construction workers from Tashkent',
      summary: 'The defendant recruited construction workers from Tashkent with promises of high wages.',
      facts: 'The workers were held in a dormitory and their wages were withheld to repay travel debts.',
    },
    uzbekLatin: {
      reference: 'UZ-2022-SAM-0003',
      language: 'uz',
      jurisdiction: 'UZ',
      region: null as never,
      charges: [{ statute: 'UZ-CC-135-2', defendant: 'D1', outcome: 'convicted' }],
      title: 'Samarqand viloyatidan ishchilar',
      summary: 'Samarqand viloyatida ishchilarni yollash ishi.',
      facts: 'Ishchilar qurilishda ishlatilgan.',
    },
    kazakhCyrillic: {
      reference: 'KZ-2022-SHY-0004',
      language: 'kk',
      title: 'Шымкент қаласындағы іс',
      summary: 'Шымкент қаласында жұмысшыларды алдап тарту.',
      facts: 'Жәбірленушілер құрылыста жұмыс істеді.',
    },
    childrenRussian: {
      reference: 'KZ-2023-AST-0005',
      language: 'ru',
      title: 'Эксплуатация детей на рынке',
      summary: 'Обвиняемые принуждали к попрошайничеству несовершеннолетних детей.',
      facts: 'Обвиняемые распоряжались детьми и забирали выручку.',
    },
    draft: {
      reference: 'KZ-2024-AST-0006',
      status: 'draft',
      title: 'Draft about a lighthouse keeper',
      summary: 'A lighthouse case that only editors and reviewers may find.',
      facts: 'Lighthouse.',
    },
  };

  const search = async (client: AuthorizedClient, query: Record<string, unknown>) => {
    const parameters = Object.fromEntries(
      Object.entries(query).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]),
    );
    const response = await client.get('/search').query(parameters);
    expect(response.status).toBe(200);
    return response.body as SearchResult;
  };
  const hitIds = (result: SearchResult) => result.hits.map((hit) => hit.id);
  /** The case list (SQL) as the oracle: every id matching the filter, as the reviewer sees them. */
  const listIds = async (filter: Record<string, unknown>) => {
    const response = await reviewer.get('/cases').query({ filter: JSON.stringify(filter), range: '[0,999]' });
    expect(response.status).toBe(200);
    return (response.body as CaseResponse[]).map((row) => row.id).sort();
  };

  beforeAll(async () => {
    await resetDatabase();
    await deleteTestIndices();
    app = await startTestApp({ SEARCH_RELAY_INTERVAL_MS: '100' });
    const admin = await app.as('admin');
    reviewer = await app.as('reviewer');
    member = await app.as('member');
    const statutes = generateStatutes();
    for (const statute of [...STATUTES, ...statutes.filter((one) => !STATUTES.some((mine) => mine.key === one.key))]) {
      const created = await admin.post('/statutes').send(statute);
      expect(created.status).toBe(201);
    }
    for (const [name, overrides] of Object.entries(HAND_WRITTEN)) {
      const created = await reviewer.post('/cases').send(briefCase(overrides));
      expect(created.status).toBe(201);
      ids[name] = created.body.id;
    }
    for (const record of generateCases({ count: 40, seed: 7, statutes })) {
      const created = await reviewer.post('/cases').send(record);
      expect(created.status).toBe(201);
    }
    await waitForSearchIndex();
  }, 180_000);

  afterAll(async () => {
    await app?.close();
  });

  describe('text', () => {
    it('finds Russian words in other forms (вербовка → вербовкой, детей → детьми)', async () => {
      expect(hitIds(await search(reviewer, { q: 'вербовка' }))).toContain(ids.tashkentRussian);
      const children = await search(reviewer, { q: 'детей +выручку' });
      expect(hitIds(children)).toEqual([ids.childrenRussian]);
    });

    it('finds English words in other forms (recruitment → recruited, dormitories → dormitory)', async () => {
      expect(hitIds(await search(reviewer, { q: 'recruitment +dormitories' }))).toEqual([ids.tashkentEnglish]);
    });

    it('finds a place written in Cyrillic when asked in Latin letters, and the other way round', async () => {
      const latin = hitIds(await search(reviewer, { q: 'Toshkent' }));
      expect(latin).toEqual(expect.arrayContaining([ids.tashkentRussian, ids.tashkentEnglish]));
      const cyrillic = hitIds(await search(reviewer, { q: 'Ташкент' }));
      expect(cyrillic).toEqual(expect.arrayContaining([ids.tashkentRussian, ids.tashkentEnglish]));
      expect(hitIds(await search(reviewer, { q: 'Самарканд' }))).toContain(ids.uzbekLatin);
      expect(hitIds(await search(reviewer, { q: 'Shymkent' }))).toContain(ids.kazakhCyrillic);
      expect(hitIds(await search(reviewer, { q: 'Şymkent' }))).toContain(ids.kazakhCyrillic);
    });

    it('honours phrases, +, - and |', async () => {
      expect(hitIds(await search(reviewer, { q: '"construction workers" -dormitory' }))).not.toContain(
        ids.tashkentEnglish,
      );
      expect(hitIds(await search(reviewer, { q: '"construction workers" +dormitory' }))).toEqual([ids.tashkentEnglish]);
      const either = hitIds(await search(reviewer, { q: 'lighthouse | выручку' }));
      expect(either).toEqual(expect.arrayContaining([ids.draft, ids.childrenRussian]));
    });

    it('marks the passages that matched, with the text around them escaped', async () => {
      const result = await search(reviewer, { q: 'dormitory' });
      const hit = result.hits.find((one) => one.id === ids.tashkentEnglish)!;
      expect(hit.highlights.facts).toEqual([
        'The workers were held in a <mark>dormitory</mark> and their wages were withheld to repay travel debts.',
      ]);
      expect(hit.score).toBeGreaterThan(0);
    });

    it('answers 400 naming q for malformed syntax, never 500', async () => {
      for (const q of ['"unclosed phrase', 'a | | b', '(a', 'a )', '*']) {
        const response = await reviewer.get('/search').query({ q });
        expect(response.status).toBe(400);
        expect(response.body.problems).toEqual([expect.objectContaining({ path: 'q', rule: 'syntax' })]);
      }
    });
  });

  describe('filters and facets', () => {
    /** Values to try for each filter, read from what the data holds. */
    const SAMPLES: Partial<Record<CaseFilterName, unknown[][]>> = {
      jurisdiction: [['KZ'], ['UZ', 'KG']],
      status: [['published'], ['draft', 'in_review']],
      courtLevel: [['first_instance'], ['appeal']],
      act: [['recruitment'], ['harbouring', 'receipt']],
      means: [['deception'], ['debt_bondage', 'document_retention']],
      exploitationPurpose: [['forced_labour'], ['sexual_exploitation']],
      sector: [['construction'], ['agriculture', 'domestic_work']],
      statute: [['KZ-CC-128-3'], ['UZ-CC-135-2']],
      verdict: [['convicted'], ['acquitted', 'dismissed']],
      sentenceMonthsMin: [[60], [100]],
      sentenceMonthsMax: [[60], [120]],
      routeCountry: [['RU'], ['AE', 'TR']],
      routeOrigin: [['UZ'], ['KZ', 'KG']],
      routeTransit: [['KG'], ['KZ']],
      routeDestination: [['RU'], ['AE', 'KR']],
      crossBorder: [[true], [false]],
      cooperation: [['mutual_legal_assistance'], ['extradition', 'joint_investigation_team']],
      minorVictims: [[true], [false]],
      verdictYear: [[2019], [2020, 2021]],
      yearFrom: [[2020]],
      yearTo: [[2018]],
      tag: [['labour_migration'], ['debt_bondage', 'minors']],
    };

    it('has samples for every filter a person picks (the table and this test agree)', () => {
      const pickable = (Object.keys(CASE_FILTERS) as CaseFilterName[]).filter(
        (name) => !['id', 'reference', 'q'].includes(name),
      );
      expect(Object.keys(SAMPLES).sort()).toEqual(pickable.sort());
    });

    it('matches exactly the cases the SQL of the case list matches, for every filter', async () => {
      let nonEmpty = 0;
      for (const [name, samples] of Object.entries(SAMPLES)) {
        for (const values of samples!) {
          const filter = { [name]: values };
          const expected = await listIds(filter);
          const result = await search(reviewer, { filter, size: '100' });
          expect({ filter, ids: hitIds(result).sort() }).toEqual({ filter, ids: expected });
          expect(result.total).toBe(expected.length);
          if (expected.length > 0 && expected.length < 46) nonEmpty++;
        }
      }
      // The samples must discriminate: most pick some cases and leave others out.
      expect(nonEmpty).toBeGreaterThanOrEqual(30);
    });

    it('combines filters with AND and values of one filter with OR', async () => {
      const filter = { jurisdiction: ['KZ', 'UZ'], exploitationPurpose: ['forced_labour'], crossBorder: [true] };
      expect(hitIds(await search(reviewer, { filter, size: '100' })).sort()).toEqual(await listIds(filter));
    });

    it('counts each facet value under the other active filters, as a click would give', async () => {
      const active = { exploitationPurpose: ['forced_labour'], jurisdiction: ['KZ'] };
      const result = await search(reviewer, { filter: active, size: '1' });
      // A facet of an active filter ignores its own selection (so other values stay offered)…
      for (const { value, count } of result.facets.jurisdiction!) {
        expect(count).toBe((await listIds({ ...active, jurisdiction: [value] })).length);
      }
      // …and every other facet counts within all active filters.
      const others = Object.keys(FACETS).filter((name) => name !== 'jurisdiction' && name !== 'exploitationPurpose');
      expect(others.length).toBe(15);
      let counted = 0;
      for (const facet of others as (keyof typeof FACETS)[]) {
        for (const { value, count } of result.facets[facet]!) {
          expect({ facet, value, count }).toEqual({
            facet,
            value,
            count: (await listIds({ ...active, [facet]: [value] })).length,
          });
          counted++;
        }
      }
      expect(counted).toBeGreaterThan(30);
    });
  });

  describe('who sees what', () => {
    it('never shows a member a draft or a case in review: not in hits, totals or facets', async () => {
      const memberView = await search(member, { size: '100' });
      const published = await listIds({ status: ['published'] });
      expect(hitIds(memberView).sort()).toEqual(published);
      expect(memberView.total).toBe(published.length);
      expect(memberView.facets.status).toEqual([{ value: 'published', count: published.length }]);
      const jurisdictionSum = memberView.facets.jurisdiction!.reduce((sum, bucket) => sum + bucket.count, 0);
      expect(jurisdictionSum).toBe(published.length);

      const draft = await search(member, { q: 'lighthouse' });
      expect(draft.total).toBe(0);
      // Nothing found: the facets stay, those of the member's whole view, never counting the draft.
      expect(draft.facets).toEqual(memberView.facets);
      expect(hitIds(await search(reviewer, { q: 'lighthouse' }))).toEqual([ids.draft]);
    });

    it('does not show a case PostgreSQL no longer lets the reader see, even before the index knows', async () => {
      const target = ids.childrenRussian;
      expect(hitIds(await search(member, { q: 'выручку' }))).toEqual([target]);
      // Withdrawn behind the relays' back: no outbox row, so the index still says published.
      await withTestDatabase((client) => client.query(`UPDATE cases SET status = 'in_review' WHERE id = $1`, [target]));
      try {
        expect(hitIds(await search(member, { q: 'выручку' }))).toEqual([]);
        expect(hitIds(await search(reviewer, { q: 'выручку' }))).toEqual([target]);
      } finally {
        await withTestDatabase((client) =>
          client.query(`UPDATE cases SET status = 'published' WHERE id = $1`, [target]),
        );
      }
    });

    it('takes its text as q: the substring filter of the case list is refused', async () => {
      const response = await reviewer.get('/search').query({ filter: JSON.stringify({ q: 'орговля' }) });
      expect(response.status).toBe(400);
      expect(response.body.problems).toEqual([expect.objectContaining({ path: 'filter.q', rule: 'unknownFilter' })]);
    });

    it('is audited with the search text anonymized', async () => {
      const watermark = await auditWatermark();
      await search(reviewer, { q: 'Иванов Сергей Петрович' });
      const rows = await auditRowsAfter(watermark, 'search.query');
      expect(rows).toHaveLength(1);
      const logged = rows[0].details;
      expect(JSON.stringify(logged)).not.toMatch(/Иванов|Сергей|Петрович/);
      expect(logged.q).toMatch(/\[PERSON-1\]/);
    });
  });

  describe('paging', () => {
    it('returns each hit exactly once across pages, even when cases change meanwhile', async () => {
      const expected = await listIds({});
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await search(reviewer, { size: '2', sort: 'verdictDate', ...(cursor ? { cursor } : {}) });
        seen.push(...hitIds(page));
        cursor = page.next ?? undefined;
        if (pages++ === 1) {
          // A case created mid-way is not part of this search's point in time.
          const created = await reviewer.post('/cases').send(briefCase({ reference: 'KZ-2024-AST-0099' }));
          expect(created.status).toBe(201);
          await waitForSearchIndex();
        }
      } while (cursor);
      expect(seen.length).toBe(expected.length);
      expect([...seen].sort()).toEqual(expected);
      expect(pages).toBeGreaterThan(20);
      // Page boundaries fell on cases without a verdict date too (their sort value is the default).
      const undated = await withTestDatabase(
        async (client) =>
          (await client.query('SELECT count(*)::int AS n FROM cases WHERE first_instance_verdict IS NULL')).rows[0].n,
      );
      expect(undated).toBeGreaterThan(2);
    });

    it('pages a ranking in language blocks: each hit once, in the order of one long page, both languages near the top', async () => {
      const q = 'принудительный труд';
      const whole = await search(reviewer, { q, size: '100' });
      expect(whole.hits.length).toBe(whole.total);
      // Pages of one, of a size that ends one side's hits inside a page, of a block's size.
      for (const size of ['1', '7', '10']) {
        const paged: SearchResult['hits'] = [];
        let cursor: string | undefined;
        do {
          const page = await search(reviewer, { q, size, ...(cursor ? { cursor } : {}) });
          expect(page.total).toBe(whole.total);
          paged.push(...page.hits);
          cursor = page.next ?? undefined;
        } while (cursor);
        expect({ size, ids: paged.map((hit) => hit.id) }).toEqual({ size, ids: whole.hits.map((hit) => hit.id) });
      }
      // Both sides counted in the facets: the same as the same search in one ranking.
      const byDate = await search(reviewer, { q, size: '1', sort: 'verdictDate' });
      expect(whole.facets).toEqual(byDate.facets);
      expect(whole.total).toBe(byDate.total);
      // The cases carrying forced labour in English (the SQL of the case list says which) are
      // among the first twenty, beside the Russian ones the words find.
      const carriers = await reviewer
        .get('/cases')
        .query({ filter: JSON.stringify({ exploitationPurpose: ['forced_labour'] }), range: '[0,999]' });
      expect(carriers.status).toBe(200);
      const carrying = new Set(
        (carriers.body as CaseResponse[]).filter((row) => row.language === 'en').map((row) => row.id),
      );
      expect(carrying.size).toBeGreaterThan(0);
      expect(whole.hits[0].language).toBe('ru');
      expect(whole.hits.slice(0, 20).filter((hit) => carrying.has(hit.id)).length).toBeGreaterThanOrEqual(
        Math.min(10, carrying.size),
      );
    });

    it('opens a point in time for a second page only, and closes it on the last page; counts the facets with the first page only', async () => {
      const openContexts = async () =>
        Object.values((await elasticsearch('_nodes/stats/indices/search')).nodes).reduce(
          (sum: number, node: any) => sum + node.indices.search.open_contexts,
          0,
        );
      const settled = async (before: number) => {
        for (let attempt = 0; attempt < 50 && (await openContexts()) > before; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return openContexts();
      };
      const before = await openContexts();
      // Most searches end at their first page: it holds nothing open.
      const first = await search(reviewer, { size: '1', sort: 'verdictDate' });
      expect(first.next).not.toBeNull();
      expect(await openContexts()).toBeLessThanOrEqual(before);
      const second = await search(reviewer, { size: '1', sort: 'verdictDate', cursor: first.next! });
      expect(second.next).not.toBeNull();
      expect(await openContexts()).toBeGreaterThan(before);
      // The facets are the search's, counted once with its first page.
      expect(first.facets.jurisdiction!.length).toBeGreaterThan(0);
      expect(second.facets).toEqual({});
      // A point in time left by the last search expires in minutes; this one is not closed by it.
      const during = await openContexts();
      // The third page reads the second's point in time: nothing more is opened.
      const third = await search(reviewer, { size: '1', sort: 'verdictDate', cursor: second.next! });
      expect(third.hits).toHaveLength(1);
      expect(await openContexts()).toBeLessThanOrEqual(during);

      const all = await search(reviewer, { q: 'lighthouse | выручку', size: '100' });
      expect(all.total).toBe(2);
      const exact = await search(reviewer, { q: 'lighthouse | выручку', size: '2' });
      expect(exact.hits.length).toBe(2);
      expect(exact.next).toBeNull();
      const pageOne = await search(reviewer, { q: 'lighthouse | выручку', size: '1' });
      const pageTwo = await search(reviewer, { q: 'lighthouse | выручку', size: '1', cursor: pageOne.next! });
      expect([...pageOne.hits, ...pageTwo.hits].map((hit) => hit.id)).toEqual(all.hits.map((hit) => hit.id));
      expect(pageTwo.next).toBeNull();
      expect(await settled(during)).toBeLessThanOrEqual(during);
    });

    it('refuses a cursor of another search or a made-up one with 400', async () => {
      const first = await search(reviewer, { size: '2' });
      const other = await reviewer.get('/search').query({ size: '3', cursor: first.next! });
      expect(other.status).toBe(400);
      expect(other.body.problems).toEqual([expect.objectContaining({ path: 'cursor' })]);
      const madeUp = await reviewer.get('/search').query({ size: '2', cursor: 'bm90LWEtY3Vyc29y' });
      expect(madeUp.status).toBe(400);
    });

    it('sorts by the longest sentence, life first', async () => {
      const result = await search(reviewer, { sort: 'sentence', size: '100' });
      const cases = await Promise.all(
        result.hits.slice(0, 10).map(async (hit) => (await reviewer.get(`/cases/${hit.id}`)).body as CaseResponse),
      );
      const longest = (record: CaseResponse) =>
        Math.max(
          -1,
          ...record.defendants.map((defendant) =>
            defendant.sentence?.life ? Infinity : (defendant.sentence?.custodialMonths ?? -1),
          ),
        );
      const lengths = cases.map(longest);
      expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    });
  });

  describe('GET /api/cases/:id/similar', () => {
    it('lists cases sharing statute, purposes or wording, and says what they share', async () => {
      const response = await reviewer.get(`/cases/${ids.tashkentEnglish}/similar`);
      expect(response.status).toBe(200);
      const similar = response.body as SimilarCase[];
      expect(similar.length).toBeGreaterThan(0);
      expect(similar.map((hit) => hit.id)).not.toContain(ids.tashkentEnglish);
      const subject = (await reviewer.get(`/cases/${ids.tashkentEnglish}`)).body as CaseResponse;
      for (const hit of similar) {
        const other = (await reviewer.get(`/cases/${hit.id}`)).body as CaseResponse;
        const statutes = subject.charges.map((charge) => charge.statute);
        expect(hit.why.statutes.sort()).toEqual(
          [...new Set(other.charges.map((charge) => charge.statute).filter((key) => statutes.includes(key)))].sort(),
        );
        expect(hit.why.exploitationPurposes.sort()).toEqual(
          other.exploitationPurposes.filter((purpose) => subject.exploitationPurposes.includes(purpose)).sort(),
        );
        const reasons = Object.values(hit.why).flat().filter(Boolean);
        expect(reasons.length).toBeGreaterThan(0);
      }
    });

    it('answers 404 for a case the reader may not see', async () => {
      expect((await member.get(`/cases/${ids.draft}/similar`)).status).toBe(404);
    });
  });

  describe('saved searches and alerts', () => {
    it('alerts the owner to cases published or changed after the search was saved, until seen', async () => {
      const saved = await member.post('/saved-searches').send({
        name: 'Forced labour, Tashkent, for Иванов Сергей Петрович',
        q: 'Tashkent',
        filter: { exploitationPurpose: ['forced_labour'] },
      });
      expect(saved.status).toBe(201);
      // Typed by a person: anonymized before it is stored.
      expect(saved.body.name).toBe('Forced labour, Tashkent, for [PERSON-1]');
      expect((await member.get('/alerts')).body).toEqual({ total: 0, alerts: [expect.objectContaining({ count: 0 })] });

      // A matching case reaches the member only once published, and then raises an alert.
      const record = briefCase({
        reference: 'UZ-2024-TAS-0100',
        status: 'in_review',
        title: 'Labourers recruited in Tashkent',
        exploitationPurposes: ['forced_labour'],
      });
      const created = await reviewer.post('/cases').send(record);
      expect(created.status).toBe(201);
      // Not a match: published, but another purpose.
      const other = await reviewer
        .post('/cases')
        .send(
          briefCase({ reference: 'UZ-2024-TAS-0101', title: 'Tashkent', exploitationPurposes: ['forced_begging'] }),
        );
      expect(other.status).toBe(201);
      await waitForSearchIndex();
      expect((await member.get('/alerts')).body.total).toBe(0);
      expect((await reviewer.put(`/cases/${created.body.id}`).send({ status: 'published' })).status).toBe(200);
      await waitForSearchIndex();

      const alerts = (await member.get('/alerts')).body;
      expect(alerts.total).toBe(1);
      expect(alerts.alerts[0].hits.map((hit: { id: string }) => hit.id)).toEqual([created.body.id]);

      expect((await member.post(`/alerts/${saved.body.id}/seen`)).status).toBe(200);
      expect((await member.get('/alerts')).body.total).toBe(0);
    });

    it('keeps a saved search private to its owner', async () => {
      const saved = (await member.post('/saved-searches').send({ name: 'Mine', q: 'recruited' })).body;
      const viewer = await app.as('viewer');
      expect((await viewer.get('/saved-searches')).body).toEqual([]);
      expect((await viewer.delete(`/saved-searches/${saved.id}`)).status).toBe(404);
      expect((await viewer.post(`/alerts/${saved.id}/seen`)).status).toBe(404);
      expect((await reviewer.delete(`/saved-searches/${saved.id}`)).status).toBe(404);
      expect((await member.delete(`/saved-searches/${saved.id}`)).status).toBe(200);
    });

    it('refuses identifiers in the free text of a saved filter', async () => {
      const tag = await member
        .post('/saved-searches')
        .send({ name: 'x', filter: { tag: ['labour_migration', '870101300128'] } });
      expect(tag.status).toBe(400);
      expect(tag.body.problems).toEqual([expect.objectContaining({ path: 'filter.tag[1]', rule: 'personalData' })]);
      const reference = await member
        .post('/saved-searches')
        .send({ name: 'x', filter: { reference: ['+7 701 123 45 67'] } });
      expect(reference.status).toBe(400);
      expect(reference.body.problems).toEqual([expect.objectContaining({ path: 'filter.reference', rule: 'pattern' })]);
      const stored = await withTestDatabase(
        async (client) => (await client.query('SELECT filter::text FROM saved_searches')).rows,
      );
      expect(JSON.stringify(stored)).not.toMatch(/870101300128|701 123/);
    });

    it('refuses a malformed saved search with every problem named', async () => {
      const response = await member
        .post('/saved-searches')
        .send({ name: '  ', q: '"open', filter: { exploitationPurpose: ['piracy'] }, extra: 1 });
      expect(response.status).toBe(400);
      const paths = response.body.problems.map((problem: { path: string }) => problem.path).sort();
      expect(paths).toEqual(['extra', 'name']);
      const second = await member
        .post('/saved-searches')
        .send({ name: 'x', q: '"open', filter: { exploitationPurpose: ['piracy'] } });
      expect(second.body.problems.map((problem: { path: string }) => problem.path).sort()).toEqual([
        'filter.exploitationPurpose',
        'q',
      ]);
    });
  });
});
