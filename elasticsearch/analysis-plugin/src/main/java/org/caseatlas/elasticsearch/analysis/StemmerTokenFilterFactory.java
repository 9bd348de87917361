package org.caseatlas.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.EmptyTokenStream;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

import java.io.IOException;
import java.util.Locale;

/**
 * Token filter type {@code stemmer}, parameter {@code language} (or its old alias {@code name}),
 * default {@code porter}: the English and Russian part of analysis-common's
 * StemmerTokenFilterFactory, mapped to the same Lucene filters. Other languages are rejected at
 * index creation rather than approximated, so dev/CI never stems differently than production.
 */
public class StemmerTokenFilterFactory extends AbstractTokenFilterFactory {

    private final String language;

    StemmerTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) throws IOException {
        super(name);
        this.language = settings.get("language", settings.get("name", "porter"));
        // fail at index creation, not at first use, on an unknown language (as analysis-common does)
        create(new EmptyTokenStream()).close();
    }

    @Override
    public TokenStream create(TokenStream in) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "english", "porter" -> new PorterStemFilter(in);
            case "porter2" -> new SnowballFilter(in, new EnglishStemmer());
            case "light_english", "lightenglish", "kstem" -> new KStemFilter(in);
            case "minimal_english", "minimalenglish" -> new EnglishMinimalStemFilter(in);
            case "possessive_english", "possessiveenglish" -> new EnglishPossessiveFilter(in);
            case "russian" -> new SnowballFilter(in, new RussianStemmer());
            case "light_russian", "lightrussian" -> new RussianLightStemFilter(in);
            default -> throw new IllegalArgumentException(
                "stemmer language [" + language + "] is not implemented by the caseatlas-analysis plugin (the dev/CI stand-in "
                    + "for analysis-common); add it there with the same Lucene filter analysis-common uses"
            );
        };
    }
}
