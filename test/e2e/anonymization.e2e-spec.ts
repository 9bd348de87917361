import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { runCli, runFailingCli } from '../support/cli';
import { DATA_TABLES, resetDatabase } from '../support/database';
import { TEST_DATABASE_URL, TEST_ELASTICSEARCH_URL } from '../support/environment';
import { briefCase, STATUTES } from '../support/records';
import { deleteTestIndices, elasticsearch, indexedCases, TEST_CASE_ALIAS, waitForSearchIndex } from '../support/search';
import { crossScriptKey } from '../../libs/search/src';

/** Identifiers planted in every free text; each must be gone from everything we keep. */
const PLANTED = {
  name: 'Zhanargul Tokhtarbekova',
  phone: '+7 705 918 27 46',
  email: 'planted.leak@example.kz',
  iin: '950312400129',
  passport: 'N87654321',
  card: '4111 1111 1111 1111',
  iban: 'GB82 WEST 1234 5698 7654 32',
  handle: 't.me/planted_leak_handle',
  birth: '12.03.1991',
  plate: '123 ABC 02',
};
/** The other common forms of issue 11, in one sentence planted after the first. */
const MORE_FORMS =
  'Also: ул. Абая, 150 and пр. Достык 5 and 15 abay avenue and Абай көшесі, 45-үй; the accused ИВАНОВ СЕРГЕЙ ' +
  'ПЕТРОВИЧ met Mr Blackwood and Ms Jane Doe; IIN 870412 300416 and 870-412-300-416; phone 8-701-555-12-34; ' +
  'passport N 58213467; card 5500\u00a00000\u00a00000\u00a00004; DOB 1987-04-12; iban kz86125kzt5004100100; ' +
  'she is 1985 года рождения, he 1999 жылы туған.';
/** The same, as they may reappear once formatting is stripped. */
const NEEDLES = [
  ...Object.values(PLANTED),
  'Абая, 150',
  'Достык 5',
  'abay avenue',
  'Абай көшесі',
  'ИВАНОВ',
  'Blackwood',
  'Jane Doe',
  '870412 300416',
  '870-412-300-416',
  '8-701-555-12-34',
  '7015551234',
  '58213467',
  '5500\u00a00000',
  '5500000000000004',
  '1987-04-12',
  'kz86125kzt5004100100',
  '1985 года',
  '1999 жылы',
  'Tokhtarbekova',
  '77059182746',
  '4111111111111111',
  'GB82WEST12345698765432',
  'planted_leak_handle',
];

const plantedText = (where: string) =>
  `${where}: the victim ${PLANTED.name}, born on ${PLANTED.birth}, phone ${PLANTED.phone}, ${PLANTED.email}, ` +
  `IIN ${PLANTED.iin}, passport ${PLANTED.passport}, card ${PLANTED.card}, IBAN ${PLANTED.iban}, ${PLANTED.handle}, car ${PLANTED.plate}.`;

function plantedCase(reference: string) {
  return briefCase({
    reference,
    relatedCases: [],
    title: `Case of ${PLANTED.name} and ИВАНОВ СЕРГЕЙ ПЕТРОВИЧ, Mr Blackwood`,
    // The short fields hold a share of the other forms each (region 300, court 500 characters).
    region: `${PLANTED.name}, ${PLANTED.phone}, IIN ${PLANTED.iin}, ул. Абая, 150, 8-701-555-12-34, DOB 1987-04-12`,
    court: {
      name: `Court of judge ${PLANTED.name}, ${PLANTED.email}, пр. Достык 5, IIN 870-412-300-416, iban kz86125kzt5004100100`,
      level: 'first_instance',
    },
    // The long texts carry every form.
    summary: `${plantedText('Summary')} ${MORE_FORMS}`,
    facts: `${plantedText('Facts')} ${MORE_FORMS}`,
    sources: [
      { type: 'media_report', citation: plantedText('Citation'), url: 'https://sud.kz/rus/documents/7511-19-00-1-215' },
      {
        type: 'media_report',
        citation:
          'Абай көшесі, 45-үй; Ms Jane Doe, 1985 года рождения; passport N 58213467; card 5500\u00a00000\u00a00000\u00a00004',
        url: null,
      },
    ],
  });
}

function withSourceUrl(record: ReturnType<typeof plantedCase>, url: string) {
  return { ...record, sources: [{ type: 'media_report', citation: 'A report', url }] };
}

const leaksIn = (haystack: string) => NEEDLES.filter((needle) => haystack.includes(needle));

describe('no personal data at rest', () => {
  let api: ApiProcess;
  const exportedCsv = join(mkdtempSync(join(tmpdir(), 'caseatlas-leak-')), 'export.csv');
  const responses: string[] = [];
  const cliOutput: string[] = [];

  const call = async (method: string, path: string, body?: unknown) => {
    const token = await api.tokenFor(path.startsWith('statutes') ? 'admin' : 'reviewer');
    const response = await fetch(`${api.url}/api/${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    responses.push(text);
    return { status: response.status, text };
  };

  beforeAll(async () => {
    await resetDatabase();
    await deleteTestIndices();
    // The log levels production runs with, so the log scanned below is the one it writes.
    api = await startApiProcess({ LOG_LEVEL: 'log', SEARCH_RELAY_INTERVAL_MS: '100' });
    for (const statute of STATUTES) await call('POST', 'statutes', statute);
    // A statute's title is typed too: created and edited with the planted name and phone.
    const plantedStatute = {
      ...STATUTES[0],
      key: 'KZ-CC-999-1',
      title: `Статья имени ${PLANTED.name}, тел. ${PLANTED.phone}`,
    };
    expect((await call('POST', 'statutes', plantedStatute)).status).toBe(201);
    expect(
      (await call('PUT', 'statutes/KZ-CC-999-1', { title: `Edited: ${PLANTED.name} ${PLANTED.email}`, version: 1 }))
        .status,
    ).toBe(200);

    // Through the API: a create, an update, and a rejected create (its 400 must not echo text).
    const created = await call('POST', 'cases', plantedCase('KZ-2024-LEAK-0001'));
    expect(created.status).toBe(201);
    const { id, version } = JSON.parse(created.text);
    expect((await call('PUT', `cases/${id}`, { ...plantedCase('KZ-2024-LEAK-0001'), version })).status).toBe(200);
    expect(
      (await call('POST', 'cases', { ...plantedCase('KZ-2024-LEAK-0002'), court: { name: '', level: 'x' } })).status,
    ).toBe(400);
    // Short formatted fields cannot hold a placeholder: an identifier there is refused.
    const refused = [
      { ...plantedCase('KZ-2024-LEAK-0005'), tags: ['online_recruitment', PLANTED.iin.replace(/ /g, '')] },
      { ...plantedCase('KZ-2024-LEAK-0006'), tags: ['tokhtarbekova_zhanargul'] },
      { ...plantedCase(`KZ-${PLANTED.iin}-77059182746`) },
      // A placeholder would break an address: a source URL carrying an identifier is refused too.
      withSourceUrl(plantedCase('KZ-2024-LEAK-0008'), `https://${PLANTED.handle}`),
      withSourceUrl(plantedCase('KZ-2024-LEAK-0009'), 'https://example.kz/profile?name=tokhtarbekova_zhanargul'),
      withSourceUrl(plantedCase('KZ-2024-LEAK-0010'), `https://example.kz/p?tel=${PLANTED.phone.replace(/\D/g, '')}`),
    ];
    for (const body of refused) expect((await call('POST', 'cases', body)).status).toBe(400);
    const labelled = plantedCase('KZ-2024-LEAK-0007');
    labelled.defendants[0].label = 'Tokhtarbekova_Z';
    labelled.charges = labelled.charges.map((charge) => ({ ...charge, defendant: 'Tokhtarbekova_Z' }));
    expect((await call('POST', 'cases', labelled)).status).toBe(400);
    await call('GET', `cases/${id}`);
    // A search typed with the planted name: the audit keeps the search, anonymized.
    await call('GET', `cases?filter=${encodeURIComponent(JSON.stringify({ q: PLANTED.name }))}`);
    await call('GET', 'cases?filter=%7B%22q%22%3A%22LEAK%22%7D');
    // Precedent search and similar cases, asked with the planted name and identifiers.
    await call('GET', `search?q=${encodeURIComponent(`${PLANTED.name} ${PLANTED.iin}`)}`);
    await call('GET', `cases/${id}/similar`);
    // An annotation's comment, created and edited with the planted text, then exported; a tag
    // holding the name is refused.
    const annotation = await call('POST', 'annotations', {
      caseId: id,
      field: 'facts',
      start: 0,
      end: 10,
      comment: plantedText('annotation'),
      visibility: 'readers',
    });
    expect(annotation.status).toBe(201);
    const annotated = JSON.parse(annotation.text);
    expect(
      (await call('PUT', `annotations/${annotated.id}`, { comment: `${plantedText('edited annotation')}`, version: 1 }))
        .status,
    ).toBe(200);
    expect(
      (
        await call('POST', 'annotations', {
          parentId: annotated.id,
          comment: plantedText('reply'),
          tags: ['tokhtarbekova_zhanargul'],
        })
      ).status,
    ).toBe(400);
    expect((await call('POST', 'annotations', { parentId: annotated.id, comment: plantedText('reply') })).status).toBe(
      201,
    );
    expect((await call('GET', `annotations/export?caseId=${id}&format=jsonld`)).status).toBe(200);
    expect((await call('GET', `annotations/export?caseId=${id}&format=csv`)).status).toBe(200);

    // Through an import, NDJSON and CSV.
    const directory = mkdtempSync(join(tmpdir(), 'caseatlas-leak-'));
    const ndjson = join(directory, 'cases.ndjson');
    writeFileSync(ndjson, `${JSON.stringify(plantedCase('KZ-2024-LEAK-0003'))}\n`);
    cliOutput.push((await runCli('import', ndjson)).output);
    writeFileSync(ndjson, `${JSON.stringify(plantedCase('KZ-2024-LEAK-0004'))}\n{"reference": "${PLANTED.name}"}\n`);
    // The second line is refused (exit code 2), and its report must not echo the name.
    cliOutput.push((await runFailingCli(2, 'import', ndjson)).output);
    cliOutput.push((await runCli('export', exportedCsv)).output);
    await waitForSearchIndex();
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
  });

  it('stored the cases, with placeholders where the identifiers were', async () => {
    const { text } = await call('GET', 'cases?filter=%7B%22q%22%3A%22LEAK%22%7D');
    const cases = JSON.parse(text);
    expect(cases.map((record: { reference: string }) => record.reference).sort()).toEqual([
      'KZ-2024-LEAK-0001',
      'KZ-2024-LEAK-0003',
      'KZ-2024-LEAK-0004',
    ]);
    expect(cases[0].summary).toMatch(
      /\[PERSON-1\].*\[BIRTHDATE-1\].*\[PHONE-1\].*\[EMAIL-1\].*\[ID-1\].*\[ID-2\].*\[CARD-1\]/,
    );
  });

  it('finds none of the planted identifiers in any PostgreSQL table', async () => {
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      const tables = (
        await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)
      ).rows.map((row) => row.table_name as string);
      expect(tables).toEqual(expect.arrayContaining([...DATA_TABLES]));
      for (const table of tables) {
        const rows = await client.query(`SELECT t::text AS row FROM "${table}" t`);
        const leaks = rows.rows.flatMap((row) => leaksIn(row.row as string));
        expect({ table, leaks }).toEqual({ table, leaks: [] });
      }
    } finally {
      await client.end();
    }
  });

  it('indexed the stored cases for real, and finds none of them in any Elasticsearch document', async () => {
    const indexed = [...(await indexedCases()).values()].map((document) => document.source.reference).sort();
    expect(indexed).toEqual(['KZ-2024-LEAK-0001', 'KZ-2024-LEAK-0003', 'KZ-2024-LEAK-0004']);
    const response = await fetch(`${TEST_ELASTICSEARCH_URL}/_all/_search?size=10000&expand_wildcards=all`);
    expect(response.ok).toBe(true);
    expect(leaksIn(await response.text())).toEqual([]);
  });

  it('finds none of them in the index terms either, the cross-script field included (it is not in _source)', async () => {
    for (const needle of NEEDLES) {
      const found = await elasticsearch(`${TEST_CASE_ALIAS}/_search`, {
        query: {
          bool: {
            should: [
              {
                multi_match: {
                  query: needle,
                  fields: ['title', 'summary', 'facts', 'region', 'courtName'],
                  operator: 'and',
                },
              },
              { match: { crossScript: { query: crossScriptKey(needle), operator: 'and' } } },
            ],
          },
        },
      });
      expect({ needle, hits: found.hits.total.value }).toEqual({ needle, hits: 0 });
    }
    // The check can fail: a word the texts do hold is found both ways.
    const control = await elasticsearch(`${TEST_CASE_ALIAS}/_search`, {
      query: { match: { crossScript: crossScriptKey('victim') } },
    });
    expect(control.hits.total.value).toBe(3);
  });

  it('exported the imported cases, and finds none of them in the exported CSV', () => {
    const exported = readFileSync(exportedCsv, 'utf8');
    expect(exported).toContain('KZ-2024-LEAK-0004');
    expect(leaksIn(exported)).toEqual([]);
  });

  it('finds none of them in API responses, the API’s log or the command line’s output', () => {
    expect({ responses: leaksIn(responses.join('\n')) }).toEqual({ responses: [] });
    expect({ apiLog: leaksIn(api.output()) }).toEqual({ apiLog: [] });
    expect({ cliOutput: leaksIn(cliOutput.join('\n')) }).toEqual({ cliOutput: [] });
  });
});

describe('POST /api/anonymize', () => {
  let api: ApiProcess;

  beforeAll(async () => {
    api = await startApiProcess();
  }, 90_000);
  afterAll(async () => {
    await api?.stop();
  });

  const preview = async (body: unknown) =>
    fetch(`${api.url}/api/anonymize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await api.tokenFor('editor')}` },
      body: JSON.stringify(body),
    });

  it('previews the redaction with every replacement, its type and position, storing nothing', async () => {
    const summary = 'Потерпевшая Сидорова звонила по +7 701 234 56 78.';
    const facts = 'Гражданка Сидорова работала в кафе «Жулдыз».';
    const start = facts.indexOf('«');
    const response = await preview({
      texts: { summary, facts },
      redactions: [{ field: 'facts', start, end: facts.length - 1, type: 'ADDRESS' }],
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      texts: {
        summary: 'Потерпевшая [PERSON-1] звонила по [PHONE-1].',
        facts: 'Гражданка [PERSON-1] работала в кафе [ADDRESS-1].',
      },
      replacements: [
        { field: 'summary', type: 'PERSON', start: 12, end: 20, placeholder: '[PERSON-1]' },
        { field: 'summary', type: 'PHONE', start: 32, end: 48, placeholder: '[PHONE-1]' },
        { field: 'facts', type: 'PERSON', start: 10, end: 18, placeholder: '[PERSON-1]' },
        { field: 'facts', type: 'ADDRESS', start, end: facts.length - 1, placeholder: '[ADDRESS-1]' },
      ],
    });
  });

  it('answers 400 naming the field and rule for bad input', async () => {
    const response = await preview({
      texts: { facts: 42 },
      redactions: [{ field: 'notes', start: 0, end: 1, type: 'PERSON' }],
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { problems: { path: string; rule: string }[] };
    expect(body.problems.map((problem: { path: string; rule: string }) => `${problem.path} ${problem.rule}`)).toEqual(
      expect.arrayContaining(['texts.facts isString', 'redactions[0].field isIn']),
    );
  });

  it('answers 400 for a passage outside its text, instead of dropping it silently', async () => {
    const response = await preview({
      texts: { facts: 'short' },
      redactions: [
        { field: 'facts', start: 2, end: 50, type: 'PERSON' },
        { field: 'summary', start: 0, end: 1, type: 'PERSON' },
      ],
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { problems: { path: string; rule: string }[] };
    expect(body.problems.map((problem) => `${problem.path} ${problem.rule}`)).toEqual([
      'redactions[0].end range',
      'redactions[1].field present',
    ]);
  });

  it('redacts overlapping passages marked by hand as one, leaving no part in clear', async () => {
    const facts = 'The shed behind the old mill near the river';
    const response = await preview({
      texts: { facts },
      redactions: [
        { field: 'facts', start: 16, end: 33, type: 'ADDRESS' },
        { field: 'facts', start: 4, end: 23, type: 'ADDRESS' },
      ],
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { texts: { facts: string } }).texts.facts).toBe('The [ADDRESS-1] the river');
  });
});
