import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Client } from '@elastic/elasticsearch';
import type { estypes } from '@elastic/elasticsearch';
import type { EnvironmentVariables } from '@caseatlas/config';
import { CASE_TEXT_ANALYSIS } from '../indexing/case-index-settings';
import { lexiconPhrases } from './lexicon';
import type { UnderstoodField } from '@caseatlas/contracts';
import { compileLexicon, conceptsNear, tokensPerText, understand } from './understanding';
import type { AnalyzedToken, Lexicon, Understanding } from './understanding';

/** The case texts' analysis written out inline, so phrases are analysed before any index exists. */
const CASE_TEXT_ANALYZER: Pick<estypes.IndicesAnalyzeRequest, 'char_filter' | 'tokenizer' | 'filter'> = (() => {
  const analysis = CASE_TEXT_ANALYSIS as unknown as {
    char_filter: Record<string, estypes.AnalysisCharFilter>;
    filter: Record<string, estypes.AnalysisTokenFilter>;
    analyzer: { case_text: { char_filter: string[]; tokenizer: string; filter: string[] } };
  };
  const { case_text: analyzer } = analysis.analyzer;
  return {
    char_filter: analyzer.char_filter.map((name) => analysis.char_filter[name]),
    tokenizer: analyzer.tokenizer,
    filter: analyzer.filter.map((name) => analysis.filter[name] ?? name),
  };
})();
const PHRASES_PER_REQUEST = 1000;

/**
 * Reads a query the way the index reads case texts, and finds in it what the thesaurus knows:
 * concepts, countries, the glossary's words. The lexicon is analysed once, on first use, by the
 * cluster itself, so query and phrases always fold the same way.
 */
@Injectable()
export class QueryUnderstandingService {
  private lexicon: Promise<Lexicon> | undefined;
  private readonly requestOptions: { requestTimeout: number; maxRetries: number };

  constructor(
    @Inject(Client) private readonly client: Client,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.requestOptions = { requestTimeout: config.get('SEARCH_TIMEOUT_MS', { infer: true }), maxRetries: 0 };
  }

  /** What the query names; nothing for a query of operators or quotes only. */
  async understand(q: string): Promise<Understanding & { near: { field: UnderstoodField; value: string }[] }> {
    if (q.trim() === '') return { interpreted: true, interpretation: [], equivalents: [], near: [] };
    const [lexicon, tokens] = await Promise.all([this.lexiconOnce(), this.analyze([q])]);
    return { ...understand(q, tokens, lexicon), near: conceptsNear(tokens, lexicon) };
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
      tokens.push(...tokensPerText(texts, await this.analyze(texts, 30_000)));
    }
    return compileLexicon(phrases, tokens);
  }

  private async analyze(
    texts: string[],
    requestTimeout = this.requestOptions.requestTimeout,
  ): Promise<AnalyzedToken[]> {
    const response = await this.client.indices.analyze(
      { ...CASE_TEXT_ANALYZER, text: texts },
      { ...this.requestOptions, requestTimeout },
    );
    return (response.tokens ?? []) as AnalyzedToken[];
  }
}
