import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Client } from '@elastic/elasticsearch';
import type { estypes } from '@elastic/elasticsearch';
import type { EnvironmentVariables } from '@caseatlas/config';
import { interactiveRequestOptions } from '../elasticsearch.module';
import { CASE_TEXT_ANALYSIS } from '../indexing/case-index-settings';
import { lexiconPhrases } from './lexicon';
import type { UnderstoodField } from '@caseatlas/contracts';
import { compileLexicon, conceptsNear, interpretableText, tokensPerText, understand } from './understanding';
import type { AnalyzedToken, Lexicon, Understanding } from './understanding';

type InlineAnalyzer = Pick<estypes.IndicesAnalyzeRequest, 'char_filter' | 'tokenizer' | 'filter'>;

/** One analyzer of the case index written out inline, so text is analysed before any index exists. */
function inline(name: 'case_text' | 'concept_names'): InlineAnalyzer {
  const analysis = CASE_TEXT_ANALYSIS as unknown as {
    char_filter: Record<string, estypes.AnalysisCharFilter>;
    filter: Record<string, estypes.AnalysisTokenFilter>;
    analyzer: Record<string, { char_filter: string[]; tokenizer: string; filter: string[] }>;
  };
  const analyzer = analysis.analyzer[name];
  return {
    char_filter: analyzer.char_filter.map((filter) => analysis.char_filter[filter]),
    tokenizer: analyzer.tokenizer,
    filter: analyzer.filter.map((filter) => analysis.filter[filter] ?? filter),
  };
}
const CASE_TEXT = inline('case_text');
const CONCEPT_NAMES = inline('concept_names');
const PHRASES_PER_REQUEST = 1000;
/**
 * Queries read lately, by their text: a reader pages, clicks facets and re-runs a saved search
 * with the same words, and each reading costs two requests to the cluster.
 */
const QUERIES_REMEMBERED = 1000;

type QueryReading = Understanding & { near: { field: UnderstoodField; value: string }[] };

/**
 * Reads a query the way the index reads case texts, and finds in it what the thesaurus knows:
 * concepts, countries, the glossary's words. The lexicon is analysed once, on first use, by the
 * cluster itself, so query and phrases always fold the same way.
 */
@Injectable()
export class QueryUnderstandingService {
  private lexicon: Promise<Lexicon> | undefined;
  /** By digest, least recently read first (a Map keeps insertion order). */
  private readonly readings = new Map<string, Promise<QueryReading>>();
  private readonly requestOptions: { requestTimeout: number; maxRetries: number };

  constructor(
    @Inject(Client) private readonly client: Client,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.requestOptions = interactiveRequestOptions(this.client, config.get('SEARCH_TIMEOUT_MS', { infer: true }));
  }

  /** What the query names; nothing for a query of operators or quotes only. */
  understand(q: string): Promise<QueryReading> {
    // By a digest of the words, never the words themselves: they are typed text.
    const key = createHash('sha256').update(q).digest('base64');
    const remembered = this.readings.get(key);
    if (remembered) {
      this.readings.delete(key);
      this.readings.set(key, remembered);
      return remembered;
    }
    const reading = this.read(q);
    this.readings.set(key, reading);
    // A failed reading (the cluster away) is not remembered: the next search tries again.
    reading.catch(() => {
      if (this.readings.get(key) === reading) this.readings.delete(key);
    });
    if (this.readings.size > QUERIES_REMEMBERED) this.readings.delete(this.readings.keys().next().value!);
    return reading;
  }

  private async read(q: string): Promise<QueryReading> {
    const text = interpretableText(q);
    if (text === '') return { interpretation: [], equivalents: [], conceptNameWords: 0, near: [] };
    // The lexicon first: Elasticsearch analyses one request at a time (its `analyze` pool has one
    // thread), and the query's requests queued behind the lexicon's met the search timeout on the
    // API's first search (seen in the bench over 100,000 cases: 503).
    const lexicon = await this.lexiconOnce();
    const [tokens, nameWords] = await Promise.all([this.analyze([q]), this.analyze([text], CONCEPT_NAMES)]);
    return {
      ...understand(q, tokens, lexicon),
      conceptNameWords: nameWords.length,
      near: conceptsNear(tokens, lexicon),
    };
  }

  private lexiconOnce(): Promise<Lexicon> {
    this.lexicon ??= this.compile().catch((error: unknown) => {
      // Not cached: the next search tries again once the cluster is back.
      this.lexicon = undefined;
      throw error;
    });
    return this.lexicon;
  }

  private async compile(): Promise<Lexicon> {
    const phrases = lexiconPhrases();
    const tokens: string[][] = [];
    for (let start = 0; start < phrases.length; start += PHRASES_PER_REQUEST) {
      const texts = phrases.slice(start, start + PHRASES_PER_REQUEST).map((entry) => entry.phrase);
      tokens.push(...tokensPerText(texts, await this.analyze(texts, CASE_TEXT, 30_000)));
    }
    return compileLexicon(phrases, tokens);
  }

  private async analyze(
    texts: string[],
    analyzer = CASE_TEXT,
    requestTimeout = this.requestOptions.requestTimeout,
  ): Promise<AnalyzedToken[]> {
    const response = await this.client.indices.analyze(
      { ...analyzer, text: texts },
      { ...this.requestOptions, requestTimeout },
    );
    return (response.tokens ?? []) as AnalyzedToken[];
  }
}
