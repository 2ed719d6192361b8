package io.claimdesk.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the models and calibration shipped among the application's resources. */
final class ShippedModels {

    /** Reads a model from its stream. */
    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private ShippedModels() {
    }

    static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = ShippedModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing model " + resource);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
