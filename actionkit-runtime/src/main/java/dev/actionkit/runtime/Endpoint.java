package dev.actionkit.runtime;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** The validated addresses of one ActionKit project: {@code {baseUrl}/projects/{projectId}}. */
record Endpoint(URI baseUrl, String projectId) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

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
        if (uri.getRawUserInfo() != null) {
            // Not quoted: user info may hold a password.
            throw new IllegalArgumentException("baseUrl must not contain user info");
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
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "baseUrl must not have a query or a fragment: " + baseUrl);
        }
        if (uri.getRawPath() != null && uri.getRawPath().contains("/projects/")) {
            throw new IllegalArgumentException("baseUrl must not contain /projects/{projectId}; "
                    + "set projectId(...) instead: " + baseUrl);
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return new Endpoint(URI.create(text), projectId);
    }

    /**
     * True for {@code localhost}, an IPv4 literal in {@code 127.0.0.0/8} and the IPv6 literal
     * {@code [::1]}. A name such as {@code 127.example.com} is not loopback: only literals count,
     * and no name is looked up.
     */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("localhost.")) {
            return true;
        }
        if (IPV4.matcher(h).matches()) {
            String[] parts = h.split("\\.");
            for (String part : parts) {
                if (Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            return parts[0].equals("127");
        }
        return h.startsWith("[") && h.endsWith("]")
                && isIpv6Loopback(h.substring(1, h.length() - 1));
    }

    private static boolean isIpv6Loopback(String literal) {
        if (!literal.matches("[0-9a-f:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
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
