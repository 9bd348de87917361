package org.caseatlas.elasticsearch.analysis;

import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterState;
import org.elasticsearch.cluster.metadata.Metadata;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

import java.util.List;
import java.util.function.Supplier;

import static org.elasticsearch.rest.RestRequest.Method.GET;
import static org.elasticsearch.rest.RestRequest.Method.HEAD;

/**
 * {@code GET /} and {@code HEAD /} as the official distribution's {@code rest-root} module answers
 * them; the integ-test-zip lacks that module (and it is not on Maven Central), so without this the
 * dev node answers 405 and clients' {@code info()}/{@code ping()} fail there but not in production.
 *
 * Everything is local to this node (like upstream, whose transport action never leaves the node),
 * so the handler reads the applied cluster state directly instead of going through an action.
 */
final class RootInfoRestHandler extends BaseRestHandler {

    private final Supplier<ClusterService> clusterService;

    /** A supplier: createComponents, which provides the ClusterService, runs at node construction. */
    RootInfoRestHandler(Supplier<ClusterService> clusterService) {
        this.clusterService = clusterService;
    }

    @Override
    public String getName() {
        return "caseatlas_main_action"; // only used in usage stats; distinct from upstream's "main_action"
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(GET, "/"), new Route(HEAD, "/"));
    }

    @Override
    public boolean canTripCircuitBreaker() {
        return false; // a liveness probe must answer even when the node is under memory pressure
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        return channel -> {
            ClusterService cluster = clusterService.get();
            ClusterState state = cluster.state();
            Metadata metadata = state.metadata();
            // the running node's own build, so the answer is whatever this distribution really is
            Build build = Build.current();
            XContentBuilder builder = channel.newBuilder();
            if (request.hasParam("pretty") == false) {
                builder.prettyPrint().lfAtEnd(); // the official body is pretty unless ?pretty=false
            }
            builder.startObject()
                .field("name", cluster.getNodeName())
                .field("cluster_name", state.getClusterName().value())
                // before the first election commits a UUID, the official node also reports "_na_"
                .field("cluster_uuid", metadata.clusterUUIDCommitted() ? metadata.clusterUUID() : Metadata.UNKNOWN_CLUSTER_UUID)
                .startObject("version")
                .field("number", build.qualifiedVersion())
                .field("build_flavor", build.flavor())
                .field("build_type", build.type().displayName())
                .field("build_hash", build.hash())
                .field("build_date", build.date())
                .field("build_snapshot", build.isSnapshot())
                .field("lucene_version", IndexVersion.current().luceneVersion().toString())
                .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                .endObject()
                .field("tagline", "You Know, for Search")
                .endObject();
            // RestController adds X-elastic-product: Elasticsearch; for HEAD the HTTP layer drops the body
            channel.sendResponse(new RestResponse(RestStatus.OK, builder));
        };
    }
}
