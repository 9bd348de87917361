import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';

describe('/api/docs', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('serves the OpenAPI description of every case and statute endpoint', async () => {
    const response = await request(api.apiUrl).get('/docs-json').expect(200);
    const paths = response.body.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths['/api/cases']).sort()).toEqual(['get', 'post']);
    expect(Object.keys(paths['/api/cases/{id}']).sort()).toEqual(['delete', 'get', 'put']);
    expect(Object.keys(paths['/api/statutes/{key}']).sort()).toEqual(['delete', 'get', 'put']);
    expect(response.body.components.schemas.CaseRecordDto.required).toEqual(
      expect.arrayContaining(['reference', 'charges']),
    );
  });

  it('serves the interactive page', async () => {
    const response = await request(api.apiUrl).get('/docs').expect(200);
    expect(response.text).toMatch(/swagger-ui/i);
  });
});
