package io.claimdesk.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The application's own settings, read from application.properties as the packaged (prod) application sees them. */
final class AppConfig {

    static final Path FILE = Path.of("src/main/resources/application.properties");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");
    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)?");

    private final Properties properties = new Properties();

    private AppConfig() {
        try (Reader reader = Files.newBufferedReader(FILE)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + FILE, e);
        }
    }

    static AppConfig load() {
        return new AppConfig();
    }

    /** The value in the prod profile: a %prod. entry wins over the plain one. */
    String value(String key, String defaultValue) {
        return properties.getProperty("%prod." + key, properties.getProperty(key, defaultValue));
    }

    /**
     * The prod value as a pod with this environment sees it: the key's own variable if it is set, else the file's
     * value with its ${NAME} and ${NAME:default} expressions filled in from the environment.
     */
    String resolved(String key, Map<String, String> environment) {
        String own = environment.get(ConfigKeys.environmentName(key));
        if (own != null) {
            return own;
        }
        String text = value(key, null);
        if (text == null) {
            throw new AssertionError(key + " is not set in " + FILE);
        }
        Matcher expression = EXPRESSION.matcher(text);
        StringBuilder value = new StringBuilder();
        while (expression.find()) {
            String name = expression.group(1);
            String filled = environment.getOrDefault(name, expression.group(2));
            if (filled == null) {
                throw new AssertionError(key + " reads " + name + ", which neither the environment nor the file gives");
            }
            expression.appendReplacement(value, Matcher.quoteReplacement(filled));
        }
        return expression.appendTail(value).toString();
    }

    /** The value outside any profile, as dev and test see it unless they set their own. */
    String unprofiled(String key) {
        return properties.getProperty(key);
    }

    int httpPort() {
        return Integer.parseInt(value("quarkus.http.port", "8080"));
    }

    String metricsPath() {
        return value("quarkus.micrometer.export.prometheus.path", "/q/metrics");
    }

    Duration shutdownTimeout() {
        String text = value("quarkus.shutdown.timeout", null);
        if (text == null) {
            throw new AssertionError("quarkus.shutdown.timeout is not set: shutdown would not wait for requests in flight");
        }
        Matcher simple = SIMPLE_DURATION.matcher(text.trim());
        if (!simple.matches()) {
            return Duration.parse(text.trim());
        }
        long amount = Long.parseLong(simple.group(1));
        String unit = simple.group(2) == null ? "s" : simple.group(2);
        switch (unit) {
            case "ms":
                return Duration.ofMillis(amount);
            case "m":
                return Duration.ofMinutes(amount);
            case "h":
                return Duration.ofHours(amount);
            case "d":
                return Duration.ofDays(amount);
            default:
                return Duration.ofSeconds(amount);
        }
    }

    /** Keys defined in the file, without profile prefix. */
    Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            keys.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key);
        }
        return keys;
    }

    /** Names referenced in ${NAME} or ${NAME:default} expressions: the file reads them from the environment. */
    Set<String> expressionNames() {
        Set<String> names = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher matcher = EXPRESSION.matcher(properties.getProperty(key));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }
}
