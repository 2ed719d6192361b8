package io.claimdesk.common;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Which methods each path of the API takes. The REST layer answers an unsupported method with 405 only when one
 * resource class holds every method of a path; where paths below a resource belong to a resource of their own, it
 * finds nothing and answers 404. This knows all of them, so that every such request gets its 405 and Allow.
 */
@ApplicationScoped
public class ResourceMethods {

    private record Route(Pattern path, String method) {
    }

    private final List<Route> routes = new ArrayList<>();

    @Inject
    ResourceMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : bean.getBeanClass().getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    Path sub = method.getAnnotation(Path.class);
                    routes.add(new Route(template(root.value() + (sub == null ? "" : "/" + sub.value())), httpMethod));
                }
            }
        }
    }

    /** The methods the path takes; empty when no resource has the path at all. */
    Set<String> allowedAt(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(path).matches()) {
                allowed.add(route.method());
            }
        }
        return allowed;
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    /** A path template as a pattern: each {parameter} stands for one segment. */
    private static Pattern template(String path) {
        String normalized = ("/" + path).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        StringBuilder pattern = new StringBuilder();
        for (String part : normalized.split("\\{[^}]+\\}", -1)) {
            if (!pattern.isEmpty()) {
                pattern.append("[^/]+");
            }
            pattern.append(Pattern.quote(part));
        }
        return Pattern.compile(pattern + "/?");
    }
}
