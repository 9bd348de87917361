package org.caseatlas.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.Strings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/** Token filter type {@code snowball}, parameter {@code language} (default English), as in analysis-common. */
public class SnowballTokenFilterFactory extends AbstractTokenFilterFactory {

    private final String language;

    SnowballTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name);
        this.language = Strings.capitalize(settings.get("language", settings.get("name", "English")));
    }

    @Override
    public TokenStream create(TokenStream in) {
        return new SnowballFilter(in, language);
    }
}
