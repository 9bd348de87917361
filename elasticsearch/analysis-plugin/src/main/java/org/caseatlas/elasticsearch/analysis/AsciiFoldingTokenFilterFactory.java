package org.caseatlas.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * Token filter type {@code asciifolding}, parameter {@code preserve_original} (default false),
 * as in analysis-common. Also usable in normalizers (keyword fields), like the original.
 */
public class AsciiFoldingTokenFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

    private final boolean preserveOriginal;

    AsciiFoldingTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name);
        this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
    }

    @Override
    public TokenStream create(TokenStream in) {
        return new ASCIIFoldingFilter(in, preserveOriginal);
    }

    /** A normalizer must emit exactly one token, so never keep the original there. */
    @Override
    public TokenStream normalize(TokenStream in) {
        return new ASCIIFoldingFilter(in, false);
    }

    /** Synonym rules are parsed with one token per position (LUCENE-7536), as analysis-common does. */
    @Override
    public TokenFilterFactory getSynonymFilter() {
        return preserveOriginal ? new AsciiFoldingTokenFilterFactory(name(), false) : this;
    }

    private AsciiFoldingTokenFilterFactory(String name, boolean preserveOriginal) {
        super(name);
        this.preserveOriginal = preserveOriginal;
    }
}
