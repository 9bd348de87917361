import { countRows, resetDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';
import { startTestApp, TestApp } from '../support/test-app';
import type { AuthorizedClient } from '../support/accounts';

describe('/api/statutes', () => {
  let api: TestApp;
  let admin: AuthorizedClient;
  const http = () => admin;

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.as('admin');
  });
  beforeEach(resetDatabase);
  afterAll(() => api.close());

  it('creates, reads, updates and deletes a statute, keyed by its key', async () => {
    const created = await http().post('/statutes').send(STATUTES[0]).expect(201);
    expect(created.body).toEqual({ ...STATUTES[0], id: 'KZ-CC-128-3', version: 1 });

    await http().get('/statutes/KZ-CC-128-3').expect(200, created.body);

    const updated = await http()
      .put('/statutes/KZ-CC-128-3')
      .send({ ...created.body, penaltyMaxMonths: 180 })
      .expect(200);
    expect(updated.body).toMatchObject({ penaltyMaxMonths: 180, version: 2 });

    await http().delete('/statutes/KZ-CC-128-3').expect(200);
    await http().get('/statutes/KZ-CC-128-3').expect(404);
  });

  it('lists with sort, range, filter and Content-Range', async () => {
    for (const statute of STATUTES) await http().post('/statutes').send(statute).expect(201);
    const response = await http()
      .get('/statutes')
      .query({ sort: '["key","DESC"]', range: '[0,0]', filter: '{"jurisdiction":"KZ"}' })
      .expect(200);
    expect(response.headers['content-range']).toBe('statutes 0-0/2');
    expect(response.body.map((statute: { id: string }) => statute.id)).toEqual(['KZ-CC-135-1']);

    const byPurpose = await http().get('/statutes').query({ filter: '{"purpose":"forced_begging"}' }).expect(200);
    expect(byPurpose.body.map((statute: { id: string }) => statute.id)).toEqual(['KZ-CC-135-1']);
  });

  it('answers 400 naming each bad field and rule, and writes nothing', async () => {
    const response = await http()
      .post('/statutes')
      .send({ ...STATUTES[0], key: 'kz 128', purposes: ['tourism'], penaltyMinMonths: -1, colour: 'red' })
      .expect(400);
    expect(response.body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'key', rule: 'matches' }),
        expect.objectContaining({ path: 'purposes', rule: 'isIn' }),
        expect.objectContaining({ path: 'penaltyMinMonths', rule: 'min' }),
        expect.objectContaining({ path: 'colour', rule: 'unknownField' }),
      ]),
    );
    expect(response.body.errors.penaltyMinMonths).toMatch(/less than 0/);
    expect(await countRows()).toMatchObject({ statutes: 0 });
  });

  it('refuses a penalty range that ends before it starts', async () => {
    const response = await http()
      .post('/statutes')
      .send({ ...STATUTES[0], penaltyMinMonths: 100, penaltyMaxMonths: 50 })
      .expect(400);
    expect(response.body.problems).toEqual([
      expect.objectContaining({ path: 'penaltyMaxMonths', rule: 'notLessThanMinimum' }),
    ]);
  });

  it('refuses a second statute with the same key', async () => {
    await http().post('/statutes').send(STATUTES[0]).expect(201);
    const response = await http().post('/statutes').send(STATUTES[0]).expect(400);
    expect(response.body.problems).toEqual([expect.objectContaining({ path: 'key', rule: 'unique' })]);
  });

  it('answers 404 for an unknown key, on read, update and delete', async () => {
    await http().get('/statutes/KZ-CC-999').expect(404);
    await http().put('/statutes/KZ-CC-999').send({ title: 'x' }).expect(404);
    await http().delete('/statutes/not-a-key').expect(404);
  });

  it('refuses an update without the version read', async () => {
    await http().post('/statutes').send(STATUTES[0]).expect(201);
    const response = await http().put('/statutes/KZ-CC-128-3').send({ title: 'Blind edit' }).expect(400);
    expect(response.body.problems).toEqual([expect.objectContaining({ path: 'version', rule: 'required' })]);
  });

  it('answers 409 with the current version to a stale update, and writes nothing', async () => {
    await http().post('/statutes').send(STATUTES[0]).expect(201);
    await http().put('/statutes/KZ-CC-128-3').send({ title: 'First edit', version: 1 }).expect(200);
    const stale = await http().put('/statutes/KZ-CC-128-3').send({ title: 'Second edit', version: 1 }).expect(409);
    expect(stale.body).toMatchObject({ statusCode: 409, currentVersion: 2 });
    const current = await http().get('/statutes/KZ-CC-128-3').expect(200);
    expect(current.body).toMatchObject({ title: 'First edit', version: 2 });
  });

  it('answers 409 when deleting a statute that charges use, and keeps it', async () => {
    await http().post('/statutes').send(STATUTES[0]).expect(201);
    await (await api.as('reviewer')).post('/cases').send(briefCase()).expect(201);
    const response = await http().delete('/statutes/KZ-CC-128-3').expect(409);
    expect(response.body.message).toMatch(/used by 1 charge/);
    await http().get('/statutes/KZ-CC-128-3').expect(200);
  });
});
