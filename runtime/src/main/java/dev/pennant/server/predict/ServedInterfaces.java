package dev.pennant.server.predict;

import dev.pennant.server.http.ApiException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The interfaces one server runs, found by the {@code {api_name}} of a route or by {@code fn_index}. */
public final class ServedInterfaces {
    private final List<ServedInterface> all;
    private final Map<String, ServedInterface> byApiName = new LinkedHashMap<>();

    public ServedInterfaces(List<ServedInterface> all) {
        this.all = List.copyOf(all);
        for (ServedInterface served : all) {
            byApiName.put(served.apiName(), served);
        }
    }

    /** In the order they were served: an interface's position is its index. */
    public List<ServedInterface> all() {
        return all;
    }

    /** The interface the route's {@code {api_name}} names, or a 404 listing the names there are. */
    public ServedInterface named(Context ctx) {
        String name = ctx.pathParam("api_name");
        ServedInterface served = byApiName.get(name);
        if (served == null) {
            throw new ApiException(404, "No endpoint named \"" + name + "\"; available: " + byApiName.keySet());
        }
        return served;
    }
}
