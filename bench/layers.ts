/**
 * What single layers cost, measured in the same run: the validation of a 50 KB case body against
 * the whole save through the API, the anonymizer per KB of case text, and (in search.ts) facets.
 */
import { randomBytes } from 'node:crypto';
import { anonymizeTexts } from '../libs/anonymizer/src';
import { CaseRecordDto, findCaseInconsistencies } from '../libs/cases/src';
import type { CaseRecord } from '../libs/contracts/src';
import { generateCases, generateStatutes } from '../libs/demo/src';
import { validateAs } from '../libs/validation/src';
import { latenciesOf, timedConcurrently } from './bench-support';
import type { BenchRow, RunningApi } from './bench-support';

const BODY_BYTES = 50_000;

/** A generated case whose facts are grown (from other generated cases' facts) to make the body 50 KB. */
function caseOf50Kilobytes(reference: string): CaseRecord {
  const cases = [...generateCases({ count: 40, seed: 7 })];
  const record = {
    ...cases.find((one) => one.jurisdiction === 'KZ')!,
    reference,
    status: 'published' as const,
    relatedCases: [],
  };
  const paragraphs = cases.filter((other) => other.language === record.language).map((other) => other.facts);
  let facts = record.facts;
  for (let index = 0; JSON.stringify({ ...record, facts }).length < BODY_BYTES; index++) {
    facts += `\n\n${paragraphs[index % paragraphs.length]}`;
  }
  return {
    ...record,
    facts: facts.slice(0, facts.length - (JSON.stringify({ ...record, facts }).length - BODY_BYTES)),
  };
}

export async function benchLayers(api: RunningApi, runs: number): Promise<{ rows: BenchRow[]; figures: object }> {
  // References are held to their format (KZ-2019-ALM-0042): this run's letters stand for the court.
  const run = [...randomBytes(6)].map((byte) => String.fromCharCode(65 + (byte % 26))).join('');
  const lookup = new Map(generateStatutes().map((statute) => [statute.key, { jurisdiction: statute.jurisdiction }]));
  const text = JSON.stringify(caseOf50Kilobytes(`KZ-2099-${run}-0`));

  // Validation alone, in process: the DTO rules and the cross-field rules of a save.
  const validation = latenciesOf(
    await timedConcurrently(runs, 1, async () => {
      const plain = JSON.parse(text) as object;
      validateAs(CaseRecordDto, plain);
      findCaseInconsistencies(plain, lookup);
    }),
  );
  // The whole save through the API (validation, anonymizer, PostgreSQL, outbox, audit).
  const token = await api.tokenFor('reviewer');
  const saves = latenciesOf(
    await timedConcurrently(runs, 1, async (index) => {
      const body = text.replace(`KZ-2099-${run}-0`, `KZ-2099-${run}-${index + 1}`);
      const response = await fetch(`${api.url}/api/cases`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body,
      });
      if (response.status !== 201) {
        throw new Error(`save ${JSON.parse(body).reference}: HTTP ${response.status} ${await response.text()}`);
      }
    }),
  );
  const withoutValidation = saves.p50 - validation.p50;

  // The anonymizer over the case's texts, per KB.
  const record = JSON.parse(text) as CaseRecord;
  const kilobytes = (record.summary.length + record.facts.length) / 1000;
  const anonymizer = latenciesOf(
    await timedConcurrently(Math.min(runs, 20), 1, async () =>
      anonymizeTexts({ summary: record.summary, facts: record.facts }),
    ),
  );

  const rows: BenchRow[] = [
    {
      measure: 'saving a 50 KB case through the API vs the same without its validation (p50)',
      ours: `${saves.p50.toFixed(1)} ms (validation ${validation.p50.toFixed(2)} ms)`,
      raw: `${withoutValidation.toFixed(1)} ms`,
      ratio: saves.p50 / withoutValidation,
      target: '≤ 1.1×',
      met: saves.p50 / withoutValidation <= 1.1,
    },
    {
      measure: `anonymizer per KB of case text (${kilobytes.toFixed(0)} KB, p50)`,
      ours: `${(anonymizer.p50 / kilobytes).toFixed(3)} ms/KB`,
      raw: '—',
      ratio: null,
      target: 'measured',
      met: null,
    },
  ];
  return { rows, figures: { validation, saves, anonymizer, kilobytes } };
}
