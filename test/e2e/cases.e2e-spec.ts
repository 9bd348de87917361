import type { CaseRecord, CaseResponse } from '../../libs/contracts/src';
import { STACK_FRAME } from '../support/stack-frame';
import { countRows, resetDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';
import { startTestApp, TestApp } from '../support/test-app';
import type { AuthorizedClient } from '../support/accounts';

const recordOf = ({
  id: _id,
  version: _version,
  createdAt: _createdAt,
  updatedAt: _updatedAt,
  ...record
}: CaseResponse) => record;

describe('/api/cases', () => {
  let api: TestApp;
  let reviewer: AuthorizedClient;
  let admin: AuthorizedClient;
  const http = () => reviewer;
  const create = async (record: CaseRecord): Promise<CaseResponse> =>
    (await http().post('/cases').send(record).expect(201)).body;

  beforeAll(async () => {
    api = await startTestApp();
    reviewer = await api.as('reviewer');
    admin = await api.as('admin');
  });
  beforeEach(async () => {
    await resetDatabase();
    for (const statute of STATUTES) await admin.post('/statutes').send(statute).expect(201);
  });
  afterAll(() => api.close());

  describe('create and read', () => {
    it('stores the brief case record and returns it unchanged, with id and version', async () => {
      const created = await create(briefCase());
      expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(created.version).toBe(1);
      expect(recordOf(created)).toEqual(briefCase());
      const read = await http().get(`/cases/${created.id}`).expect(200);
      expect(read.body).toEqual(created);
    });

    it('answers 404 for an unknown id and for something that is not an id', async () => {
      await http().get('/cases/6f1c2b9e-0000-4000-8000-000000000000').expect(404);
      const response = await http().get('/cases/nope').expect(404);
      expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'No case with id nope' });
    });
  });

  describe('life sentences', () => {
    const withSentence = (reference: string, sentence: Record<string, unknown>) => {
      const record = briefCase({ reference }) as unknown as Record<string, any>;
      const { custodialMonths: _months, ...rest } = record.defendants[0].sentence;
      record.defendants[0].sentence = { ...rest, suspended: false, ...sentence };
      return record;
    };
    const storedSentence = async (reference: string, sentence: Record<string, unknown>) => {
      const created = (await http().post('/cases').send(withSentence(reference, sentence)).expect(201)).body;
      return (await http().get(`/cases/${created.id}`).expect(200)).body.defendants[0].sentence;
    };

    it('store no term: null and absent months are accepted and read back as null', async () => {
      expect(await storedSentence('KZ-2024-LIFE-0001', { life: true, custodialMonths: null })).toMatchObject({
        life: true,
        custodialMonths: null,
      });
      expect(await storedSentence('KZ-2024-LIFE-0002', { life: true })).toMatchObject({
        life: true,
        custodialMonths: null,
      });
    });

    it('accept the older form with months beside life, and drop the months', async () => {
      expect(await storedSentence('KZ-2024-LIFE-0003', { life: true, custodialMonths: 240 })).toMatchObject({
        life: true,
        custodialMonths: null,
      });
    });

    it('still need the months of a finite sentence, and a number where months are sent', async () => {
      const before = await countRows();
      for (const [reference, sentence] of [
        ['KZ-2024-LIFE-0004', { life: false, custodialMonths: null }],
        ['KZ-2024-LIFE-0005', { life: false }],
        ['KZ-2024-LIFE-0006', { life: true, custodialMonths: 'forever' }],
      ] as const) {
        const response = await http().post('/cases').send(withSentence(reference, sentence)).expect(400);
        expect(Object.keys(response.body.errors)).toEqual(['defendants.0.sentence.custodialMonths']);
      }
      expect(await countRows()).toEqual(before);
    });
  });

  describe('validation', () => {
    it('answers 400 with every field problem by JSON path and rule, and writes nothing', async () => {
      const before = await countRows();
      const record = briefCase() as unknown as Record<string, any>;
      record.court.level = 'district';
      record.defendants[0].sentence.custodialMonths = -1;
      record.victims[0].servicesProvided = ['shelter', 'spa'];
      record.route.destination = ['XX'];
      record.timeline.reported = '2018-13-02';
      record.nickname = 'D1';
      const response = await http().post('/cases').send(record).expect(400);
      const found = response.body.problems.map(
        (problem: { path: string; rule: string }) => `${problem.path} ${problem.rule}`,
      );
      expect(found).toEqual(
        expect.arrayContaining([
          'court.level isIn',
          'defendants[0].sentence.custodialMonths min',
          'victims[0].servicesProvided isIn',
          'route.destination isISO31661Alpha2',
          'timeline.reported matches',
          'nickname unknownField',
        ]),
      );
      expect(response.body.errors['defendants.0.sentence.custodialMonths']).toMatch(/less than 0/);
      expect(JSON.stringify(response.body)).not.toMatch(STACK_FRAME);
      expect(await countRows()).toEqual(before);
    });

    it('lists field problems and contradictions in one answer', async () => {
      const record = briefCase() as any;
      record.title = '';
      record.charges[0].defendant = 'D2';
      const response = await http().post('/cases').send(record).expect(400);
      expect(
        response.body.problems.map((problem: { path: string; rule: string }) => `${problem.path} ${problem.rule}`),
      ).toEqual(['title minLength', 'charges[0].defendant knownDefendant']);
    });

    it('answers 400 for records whose parts contradict each other, and writes nothing', async () => {
      const before = await countRows();
      const record = briefCase();
      record.charges = [
        { statute: 'KZ-CC-128-3', defendant: 'D2', outcome: 'convicted' },
        { statute: 'KZ-CC-999-1', defendant: 'D1', outcome: 'convicted' },
        { statute: 'UZ-CC-135-2', defendant: 'D1', outcome: 'convicted' },
      ];
      record.defendants.push({ ...record.defendants[0], label: 'D3', verdict: 'acquitted' });
      record.victims[0].minors = 5;
      record.timeline.firstInstanceVerdict = '2018-11-30';
      const response = await http().post('/cases').send(record).expect(400);
      expect(
        response.body.problems.map((problem: { path: string; rule: string }) => `${problem.path} ${problem.rule}`),
      ).toEqual(
        expect.arrayContaining([
          'charges[0].defendant knownDefendant',
          'charges[1].statute knownStatute',
          'charges[2].statute statuteOfJurisdiction',
          'defendants[1].sentence sentenceOnlyForConvicted',
          'victims[0].minors notMoreThanCount',
          'timeline.firstInstanceVerdict chronology',
        ]),
      );
      expect(await countRows()).toEqual(before);
    });

    it('refuses a second case with the same reference', async () => {
      await create(briefCase());
      const before = await countRows();
      const response = await http().post('/cases').send(briefCase()).expect(400);
      expect(response.body.problems).toEqual([expect.objectContaining({ path: 'reference', rule: 'unique' })]);
      expect(await countRows()).toEqual(before);
    });
  });

  it('accepts long facts in Cyrillic (bodies up to 1 MB) and refuses larger bodies with 413', async () => {
    const facts = 'Синтетическое дело. '.repeat(9_000).slice(0, 180_000);
    const created = await create(briefCase({ facts }));
    expect(created.facts).toHaveLength(180_000);
    const response = await http()
      .post('/cases')
      .send(briefCase({ reference: 'KZ-2019-ALM-0099', facts: 'я'.repeat(600_000) }))
      .expect(413);
    expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    expect(JSON.stringify(response.body)).not.toMatch(STACK_FRAME);
  });

  describe('update', () => {
    it('replaces the record and bumps the version', async () => {
      const created = await create(briefCase());
      const changed = {
        ...created,
        title: 'Edited title',
        defendants: [{ ...created.defendants[0], ageBand: '45-54' }],
      };
      const response = await http().put(`/cases/${created.id}`).send(changed).expect(200);
      expect(response.body).toMatchObject({ title: 'Edited title', version: 2 });
      expect(response.body.defendants[0].ageBand).toBe('45-54');
      expect(response.body.charges).toEqual(created.charges);
    });

    it('changes only the fields sent when no version is sent (bulk actions)', async () => {
      const created = await create(briefCase());
      const response = await http().put(`/cases/${created.id}`).send({ status: 'archived' }).expect(200);
      expect(recordOf(response.body)).toEqual({ ...recordOf(created), status: 'archived' });
    });

    it('answers 409 with the current version to a stale update, and writes nothing', async () => {
      const created = await create(briefCase());
      await http()
        .put(`/cases/${created.id}`)
        .send({ ...created, title: 'First editor' })
        .expect(200);
      const stale = await http()
        .put(`/cases/${created.id}`)
        .send({ ...created, title: 'Second editor' })
        .expect(409);
      expect(stale.body).toMatchObject({ statusCode: 409, error: 'Conflict', currentVersion: 2 });
      const current = (await http().get(`/cases/${created.id}`).expect(200)).body;
      expect(current).toMatchObject({ title: 'First editor', version: 2 });
    });

    it('leaves the stored case untouched when an update is invalid', async () => {
      const created = await create(briefCase());
      const before = await countRows();
      await http()
        .put(`/cases/${created.id}`)
        .send({
          ...created,
          title: 'Partial write?',
          charges: [{ statute: 'KZ-CC-128-3', defendant: 'D7', outcome: 'convicted' }],
        })
        .expect(400);
      expect(await countRows()).toEqual(before);
      expect((await http().get(`/cases/${created.id}`)).body).toEqual(created);
    });

    it('refuses a change without the version read, except a bare status change', async () => {
      const created = await create(briefCase());
      const { version: _version, ...withoutVersion } = created;
      const response = await http()
        .put(`/cases/${created.id}`)
        .send({ ...withoutVersion, title: 'Blind edit' })
        .expect(400);
      expect(response.body.problems).toEqual([expect.objectContaining({ path: 'version', rule: 'required' })]);
      expect((await http().get(`/cases/${created.id}`)).body.title).toBe(created.title);
    });

    it('follows the review flow: draft → in_review → published, never draft → published', async () => {
      const draft = await create(briefCase({ status: 'draft' }));
      const skipped = await http().put(`/cases/${draft.id}`).send({ status: 'published' }).expect(400);
      expect(skipped.body.problems).toEqual([expect.objectContaining({ path: 'status', rule: 'transition' })]);
      await http().put(`/cases/${draft.id}`).send({ status: 'in_review' }).expect(200);
      const published = await http().put(`/cases/${draft.id}`).send({ status: 'published' }).expect(200);
      expect(published.body).toMatchObject({ status: 'published', version: 3 });
    });

    it('answers 404 for an unknown case', async () => {
      await http().put('/cases/6f1c2b9e-0000-4000-8000-000000000000').send({ title: 'x' }).expect(404);
    });
  });

  describe('delete', () => {
    it('deletes the case with everything in it, then answers 404', async () => {
      const created = await create(briefCase());
      const response = await http().delete(`/cases/${created.id}`).expect(200);
      expect(response.body).toEqual(created);
      await http().get(`/cases/${created.id}`).expect(404);
      await http().delete(`/cases/${created.id}`).expect(404);
      expect(await countRows()).toMatchObject({
        cases: 0,
        case_defendants: 0,
        case_charges: 0,
        case_victim_groups: 0,
        case_route_countries: 0,
      });
    });
  });

  describe('list', () => {
    let kazakh: CaseResponse;
    let uzbek: CaseResponse;

    beforeEach(async () => {
      kazakh = await create(briefCase());
      uzbek = await create(
        briefCase({
          reference: 'UZ-2021-TAS-0001',
          title: 'Forced labour on construction sites in Russia',
          jurisdiction: 'UZ',
          status: 'draft',
          exploitationPurposes: ['forced_labour'],
          sectors: ['construction'],
          route: { origin: ['UZ'], transit: [], destination: ['RU'] },
          timeline: { ...briefCase().timeline, firstInstanceVerdict: '2021-05-20', final: '2021-07-01' },
          charges: [{ statute: 'UZ-CC-135-2', defendant: 'D1', outcome: 'acquitted' }],
          defendants: [{ ...briefCase().defendants[0], verdict: 'acquitted', sentence: null }],
          tags: ['labour_migration'],
        }),
      );
    });

    const ids = async (parameters: Record<string, string>) => {
      const response = await http().get('/cases').query(parameters).expect(200);
      return response.body.map((record: CaseResponse) => record.reference);
    };

    it.each([
      ['jurisdiction', { jurisdiction: 'UZ' }, ['UZ-2021-TAS-0001']],
      ['status', { status: ['published'] }, ['KZ-2019-ALM-0042']],
      ['exploitation purpose', { exploitationPurpose: 'forced_labour' }, ['UZ-2021-TAS-0001']],
      ['statute', { statute: 'KZ-CC-128-3' }, ['KZ-2019-ALM-0042']],
      ['verdict', { verdict: 'acquitted' }, ['UZ-2021-TAS-0001']],
      ['route country (any stage)', { routeCountry: 'KG' }, ['KZ-2019-ALM-0042']],
      ['verdict year', { verdictYear: 2021 }, ['UZ-2021-TAS-0001']],
      ['tag', { tag: 'online_recruitment' }, ['KZ-2019-ALM-0042']],
      ['free text on title', { q: 'construction' }, ['UZ-2021-TAS-0001']],
      ['free text on reference', { q: 'kz-2019' }, ['KZ-2019-ALM-0042']],
      ['exact reference', { reference: ['UZ-2021-TAS-0001'] }, ['UZ-2021-TAS-0001']],
    ])('filters by %s', async (_name, filter, expected) => {
      expect(await ids({ filter: JSON.stringify(filter) })).toEqual(expected);
    });

    it('fetches several by id (getMany)', async () => {
      expect(await ids({ filter: JSON.stringify({ id: [uzbek.id, kazakh.id] }), sort: '["reference","ASC"]' })).toEqual(
        ['KZ-2019-ALM-0042', 'UZ-2021-TAS-0001'],
      );
    });

    it('sorts, pages and reports the total in Content-Range', async () => {
      const first = await http().get('/cases').query({ sort: '["verdictDate","DESC"]', range: '[0,0]' }).expect(200);
      expect(first.headers['content-range']).toBe('cases 0-0/2');
      expect(first.body.map((record: CaseResponse) => record.reference)).toEqual(['UZ-2021-TAS-0001']);
      const second = await http().get('/cases').query({ sort: '["verdictDate","DESC"]', range: '[1,1]' }).expect(200);
      expect(second.headers['content-range']).toBe('cases 1-1/2');
      expect(second.body[0]).toEqual(kazakh);
    });

    it('does not take inherited property names for filters', async () => {
      const response = await http().get('/cases').query({ filter: '{"toString":"x"}' }).expect(400);
      expect(response.body.problems).toEqual([
        expect.objectContaining({ path: 'filter.toString', rule: 'unknownFilter' }),
      ]);
    });

    it('answers 400 for an unknown sort field, filter or parameter', async () => {
      const response = await http()
        .get('/cases')
        .query({ sort: '["facts","ASC"]', filter: '{"colour":"red"}', page: '2' })
        .expect(400);
      expect(
        response.body.problems.map((problem: { path: string; rule: string }) => `${problem.path} ${problem.rule}`),
      ).toEqual(['page unknownParameter', 'sort sortable', 'filter.colour unknownFilter']);
    });
  });
});
