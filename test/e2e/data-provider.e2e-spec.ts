import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils } from 'ra-core';
import type { DataProvider } from 'react-admin';
import { createAccount, signInThroughApi } from '../support/accounts';
import type { CaseResponse, StatuteResponse } from '../../libs/contracts/src';
import { resetDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';
import { startTestApp, TestApp } from '../support/test-app';

/** The admin's data provider, unmodified, against the live API: proof the conventions match. */
describe('ra-data-simple-rest against the API', () => {
  let api: TestApp;
  let dataProvider: DataProvider;
  let statuteProvider: DataProvider;

  beforeAll(async () => {
    api = await startTestApp();
    const [admin, reviewer] = await Promise.all([
      createAccount('admin').then((account) => signInThroughApi(api.apiUrl, account)),
      createAccount('reviewer').then((account) => signInThroughApi(api.apiUrl, account)),
    ]);
    // The admin's own way of sending the token: fetchJson with an Authorization header.
    const withToken =
      (token: string) =>
      (url: string, options: fetchUtils.Options = {}) =>
        fetchUtils.fetchJson(url, { ...options, user: { authenticated: true, token: `Bearer ${token}` } });
    dataProvider = simpleRestProvider(api.apiUrl, withToken(reviewer.accessToken));
    statuteProvider = simpleRestProvider(api.apiUrl, withToken(admin.accessToken));
  });
  beforeEach(async () => {
    await resetDatabase();
    for (const statute of STATUTES) await statuteProvider.create('statutes', { data: statute });
  });
  afterAll(() => api.close());

  const createCase = async (overrides: Parameters<typeof briefCase>[0] = {}) =>
    (await dataProvider.create<CaseResponse>('cases', { data: briefCase(overrides) })).data;

  it('create and getOne', async () => {
    const created = await createCase();
    expect(created.id).toBeDefined();
    const { data } = await dataProvider.getOne<CaseResponse>('cases', { id: created.id });
    expect(data).toEqual(created);
  });

  it('getList with sort, range and filter, and the total from Content-Range', async () => {
    await createCase();
    await createCase({ reference: 'KZ-2020-AST-0002', title: 'A second case' });
    await createCase({ reference: 'KZ-2021-AST-0003', title: 'Archived case', status: 'archived' });
    const { data, total } = await dataProvider.getList<CaseResponse>('cases', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'reference', order: 'DESC' },
      filter: { status: 'published' },
    });
    expect(total).toBe(2);
    expect(data.map((record) => record.reference)).toEqual(['KZ-2020-AST-0002']);
  });

  it('getMany', async () => {
    const first = await createCase();
    const second = await createCase({ reference: 'KZ-2020-AST-0002' });
    await createCase({ reference: 'KZ-2021-AST-0003' });
    const { data } = await dataProvider.getMany<CaseResponse>('cases', { ids: [first.id, second.id] });
    expect(data.map((record) => record.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('getManyReference (statutes of a jurisdiction)', async () => {
    const { data, total } = await dataProvider.getManyReference<StatuteResponse>('statutes', {
      target: 'jurisdiction',
      id: 'KZ',
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'key', order: 'ASC' },
      filter: {},
    });
    expect(total).toBe(2);
    expect(data.map((statute) => statute.id)).toEqual(['KZ-CC-128-3', 'KZ-CC-135-1']);
  });

  it('update sends the version back and gets the new one', async () => {
    const created = await createCase();
    const { data } = await dataProvider.update<CaseResponse>('cases', {
      id: created.id,
      data: { ...created, title: 'Retitled' },
      previousData: created,
    });
    expect(data).toMatchObject({ id: created.id, title: 'Retitled', version: 2 });
  });

  it('update with a stale version is rejected with 409', async () => {
    const created = await createCase();
    await dataProvider.update('cases', { id: created.id, data: { ...created, title: 'One' }, previousData: created });
    await expect(
      dataProvider.update('cases', { id: created.id, data: { ...created, title: 'Two' }, previousData: created }),
    ).rejects.toMatchObject({ status: 409, body: { currentVersion: 2 } });
  });

  it('updateMany (a bulk status change)', async () => {
    const first = await createCase({ status: 'draft' });
    const second = await createCase({ reference: 'KZ-2020-AST-0002', status: 'draft' });
    const { data } = await dataProvider.updateMany('cases', {
      ids: [first.id, second.id],
      data: { status: 'in_review' },
    });
    expect(data?.sort()).toEqual([first.id, second.id].sort());
    const { data: after } = await dataProvider.getMany<CaseResponse>('cases', { ids: [first.id, second.id] });
    expect(after.map((record) => record.status)).toEqual(['in_review', 'in_review']);
  });

  it('a 400 carries the inline field errors react-admin shows', async () => {
    await expect(dataProvider.create('cases', { data: briefCase({ title: '' }) })).rejects.toMatchObject({
      status: 400,
      body: { errors: { title: expect.stringMatching(/title/) } },
    });
  });

  it('delete and deleteMany', async () => {
    const first = await createCase();
    const second = await createCase({ reference: 'KZ-2020-AST-0002' });
    const third = await createCase({ reference: 'KZ-2021-AST-0003' });
    const { data } = await dataProvider.delete<CaseResponse>('cases', { id: first.id, previousData: first });
    expect(data.id).toBe(first.id);
    const many = await dataProvider.deleteMany('cases', { ids: [second.id, third.id] });
    expect(many.data?.sort()).toEqual([second.id, third.id].sort());
    const { total } = await dataProvider.getList('cases', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'reference', order: 'ASC' },
      filter: {},
    });
    expect(total).toBe(0);
  });
});
