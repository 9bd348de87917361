package org.caseatlas.elasticsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;

import java.util.function.BiFunction;

/**
 * Analyzer types {@code russian} and {@code english}: Lucene's language analyzer with
 * analysis-common's parameters {@code stopwords} / {@code stopwords_path} (default: the
 * language's stop set) and {@code stem_exclusion}.
 */
public class LanguageAnalyzerProvider<A extends Analyzer> extends AbstractIndexAnalyzerProvider<A> {

    private final A analyzer;

    LanguageAnalyzerProvider(
        String name,
        Environment env,
        Settings settings,
        CharArraySet defaultStopWords,
        BiFunction<CharArraySet, CharArraySet, A> constructor
    ) {
        super(name);
        this.analyzer = constructor.apply(
            Analysis.parseStopWords(env, settings, defaultStopWords),
            Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET)
        );
    }

    @Override
    public A get() {
        return analyzer;
    }
}
