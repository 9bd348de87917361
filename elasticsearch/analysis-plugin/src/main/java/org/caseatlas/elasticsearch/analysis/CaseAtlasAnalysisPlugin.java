package org.caseatlas.elasticsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.util.SetOnce;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestHandler;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

/**
 * Registers, under analysis-common's names and parameters, the analysis components CaseAtlas
 * index settings use and that the integ-test-zip lacks (it ships the server without the
 * analysis-common module). Only for dev/CI: the production image has analysis-common, and
 * installing this plugin there would fail on the duplicate names.
 *
 * Deliberately absent because the server itself already provides them: the {@code lowercase}
 * filter (pre-configured), the {@code stop} filter type (with {@code _russian_}/{@code _english_}
 * stop word sets), {@code shingle}, {@code hunspell}, the {@code standard} tokenizer and analyzer.
 *
 * It also answers {@code GET /} and {@code HEAD /} ({@link RootInfoRestHandler}), which the
 * integ-test-zip lacks with the {@code rest-root} module. Like the analysis names, that route
 * would clash with rest-root in production: one more reason never to install it there.
 */
public class CaseAtlasAnalysisPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    // set once by createComponents; the root handler reads the node's name and cluster state from it
    private final SetOnce<ClusterService> clusterService = new SetOnce<>();

    @Override
    public Collection<?> createComponents(PluginServices services) {
        clusterService.set(services.clusterService());
        return List.of();
    }

    @Override
    public Collection<RestHandler> getRestHandlers(
        RestHandlersServices restHandlersServices,
        Supplier<DiscoveryNodes> nodesInCluster,
        Predicate<NodeFeature> clusterSupportsFeature
    ) {
        return List.of(new RootInfoRestHandler(clusterService::get));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "stemmer", StemmerTokenFilterFactory::new,
            "snowball", SnowballTokenFilterFactory::new,
            "asciifolding", AsciiFoldingTokenFilterFactory::new,
            "truncate", TruncateTokenFilterFactory::new
        );
    }

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        // like analysis-common: "mapping" is unusable without its rules, so it has no default instance
        return Map.of("mapping", requiresAnalysisSettings(MappingCharFilterFactory::new));
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
            "russian", (indexSettings, env, name, settings) -> new LanguageAnalyzerProvider<>(
                name, env, settings, RussianAnalyzer.getDefaultStopSet(), RussianAnalyzer::new),
            "english", (indexSettings, env, name, settings) -> new LanguageAnalyzerProvider<>(
                name, env, settings, EnglishAnalyzer.getDefaultStopSet(), EnglishAnalyzer::new)
        );
    }
}
