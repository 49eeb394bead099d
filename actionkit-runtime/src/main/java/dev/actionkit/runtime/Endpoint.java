package dev.actionkit.runtime;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** The validated addresses of one ActionKit project: {@code {baseUrl}/projects/{projectId}}. */
record Endpoint(URI baseUrl, String projectId) {

    static Endpoint of(String baseUrl, String projectId) {
        if (baseUrl.isBlank()) {
            throw new IllegalArgumentException("baseUrl is blank");
        }
        if (projectId.isBlank()) {
            throw new IllegalArgumentException("projectId is blank");
        }
        URI uri;
        try {
            uri = URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("baseUrl is not a URL: " + baseUrl);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(
                    "baseUrl must be an absolute http(s) URL with a host: " + baseUrl);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("baseUrl must use https:// unless the host is "
                    + "loopback (localhost, 127.0.0.1, [::1]): " + baseUrl);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                    "baseUrl must not have user info, a query or a fragment: " + baseUrl);
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return new Endpoint(URI.create(text), projectId);
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    URI actions() {
        return URI.create(baseUrl + "/projects/" + encode(projectId) + "/actions");
    }

    URI listActions(ListActionsOptions options) {
        StringJoiner query = new StringJoiner("&", "?", "");
        query.add("format=" + encode(options.format()));
        query.add("limit_to_available=" + options.limitToAvailable());
        if (options.reloadFields()) {
            query.add("reload_fields=true");
        }
        addList(query, "integrations", options.integrations());
        addList(query, "categories", options.categories());
        return URI.create(actions() + query.toString());
    }

    private static void addList(StringJoiner query, String name, List<String> values) {
        if (!values.isEmpty()) {
            query.add(name + "=" + encode(String.join(",", values)));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
