import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseRecord } from '@caseatlas/contracts';
import { anonymizeTexts } from '@caseatlas/anonymizer';
import { generateCases, generateStatutes } from '@caseatlas/demo';
import { anonymizeCase, identifiersInSourceUrls, identifiersInTokens, sourceUrlTexts } from './anonymize-case';
import { CASE_STRING_FIELD_POLICIES } from './string-field-policies';
import type { CaseStringField } from './string-field-policies';

const briefCase = (): CaseRecord =>
  JSON.parse(readFileSync(join(__dirname, '../../../test/fixtures/brief-case.json'), 'utf8')) as CaseRecord;

/** Every string leaf of a value with its path in the policy table's notation (`sources[].url`). */
function stringPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item) => stringPaths(item, `${path}[]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Sets the field at `path` (the first item of each list) in a copy of the record. */
function withField(record: CaseRecord, path: string, text: string): CaseRecord {
  const copy = structuredClone(record) as unknown as Record<string, unknown>;
  const keys = path.replace(/\[\]/g, '.0').split('.');
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys[keys.length - 1]] = text;
  return copy as unknown as CaseRecord;
}

const PLANTED = {
  text: 'Иванов Сергей Петрович, тел. +7 701 234 56 78, ИИН 870412300416, ivanov.s@mail.kz',
  fragments: ['Иванов', '701 234 56 78', '870412300416', 'ivanov.s', '77012345678'],
};

describe('string field policies of the case record', () => {
  it('name every string field found in the brief case and in generated cases', () => {
    const found = new Set(
      [briefCase(), ...generateCases({ count: 200, seed: 7 })].flatMap((record) => stringPaths(record)),
    );
    const unknown = [...found].filter((path) => !(path in CASE_STRING_FIELD_POLICIES));
    expect(unknown).toEqual([]);
  });

  const anonymized = (Object.keys(CASE_STRING_FIELD_POLICIES) as CaseStringField[]).filter(
    (path) => CASE_STRING_FIELD_POLICIES[path] === 'anonymized',
  );

  it('anonymize at least the texts the brief names (title, summary, facts, region, court name, sources)', () => {
    expect(anonymized.sort()).toEqual(
      ['court.name', 'facts', 'region', 'sources[].citation', 'summary', 'title'].sort(),
    );
  });

  it.each(anonymized)('%s: an identifier typed into it is replaced before storage', (path) => {
    const record = briefCase();
    const stored = anonymizeCase(withField(record, path, PLANTED.text)).record;
    const kept = stringPaths(stored).length ? JSON.stringify(stored) : '';
    expect(PLANTED.fragments.filter((fragment) => kept.includes(fragment))).toEqual([]);
  });

  it('refuse a tag that carries an identifier, naming the field, and keep thematic tags', () => {
    const problems = identifiersInTokens({
      tags: ['online_recruitment', '870412300416', 'ivanov_sergey_petrovich', 'debt_bondage'],
    });
    expect(problems.map((problem) => `${problem.path}:${problem.rule}`)).toEqual([
      'tags[1]:personalData',
      'tags[2]:personalData',
    ]);
    expect(problems.map((problem) => problem.message).join(' ')).not.toMatch(/870412300416|ivanov/);
  });

  it('refuse a source URL that carries an identifier, naming the field, and keep addresses of documents and news', () => {
    // The same composition as CaseService.check, with the anonymizer called in this thread.
    const withUrls = (urls: string[]) => {
      const record = { sources: urls.map((url) => ({ type: 'media_report' as const, citation: 'A report', url })) };
      const urlTexts = sourceUrlTexts(record);
      return identifiersInSourceUrls(urlTexts, anonymizeTexts(urlTexts).replacements);
    };
    const refused = [
      'https://example.org/profile?phone=%2B77012345678&mail=ivanov.s%40mail.kz',
      'https://t.me/aigerim_recruiter',
      'https://vk.com/id12345678',
      'https://example.kz/profile?phone=%2B77019876543',
      'https://example.kz/profile?name=x&phone=77019876543',
      'https://example.kz/news/ivanov-sergey-petrovich',
      'https://ivanov-sergey.livejournal.com/12345.html',
      'https://example.kz/p?zhumagalieva_aigerim_nurlanovna',
      'https://example.kz/people/ivanov+sergey+petrovich',
      'https://example.kz/lookup?iin=870412300416',
      'https://example.kz/%E0%A4%A?passport=N12345678',
    ];
    expect(withUrls(refused).map((problem) => `${problem.path}:${problem.rule}`)).toEqual(
      refused.map((_url, index) => `sources[${index}].url:personalData`),
    );
    expect(
      withUrls(refused)
        .map((problem) => problem.message)
        .join(' '),
    ).not.toMatch(/77012345678|ivanov|aigerim/);
    // Courts, legal databases, news (Russian slugs in Latin letters, long article ids), reports.
    expect(
      withUrls([
        'https://adilet.zan.kz/rus/docs/K1400000226',
        'https://sud.kz/rus/documents/7511-19-00-1-215',
        'https://oblsud--svd.sudrf.ru/modules.php?name=sud_delo&srv_num=1&name_op=case&case_id=18293461',
        'https://online.zakon.kz/Document/?doc_id=31575252',
        'https://ria.ru/20230512/sud-1871234567.html',
        'https://www.nur.kz/incident/1912345678-v-almaty/',
        'https://tengrinews.kz/kazakhstan_news/sotrudnikov-politsii-osudili-za-torgovlyu-lyudmi-512345/',
        'https://24.kg/proisshestvija/271234_v_bishkeke_zaderjali_torgovtsev_lyudmi/',
        'https://www.bbc.com/news/world-asia-china-12345678',
        'https://www.aljazeera.com/news/within-the-supply-chain-of-forced-labour',
        'https://www.unodc.org/centralasia/en/news/kazakhstan-bulletin.html?utm_campaign=main',
        'https://www.unodc.org/documents/human-trafficking/2022/GLOTiP_2022_web.pdf',
        'https://www.state.gov/reports/2023-trafficking-in-persons-report/kazakhstan/',
        'https://example.kz/cases?year=2019&date=20190512#section-3',
      ]),
    ).toEqual([]);
  });

  it('leave the titles of the demo statutes as they are (statute titles are anonymized too, and name no one)', () => {
    const titles = Object.fromEntries(generateStatutes().map((statute) => [statute.key, statute.title]));
    expect(anonymizeTexts(titles).texts).toEqual(titles);
  });
});
