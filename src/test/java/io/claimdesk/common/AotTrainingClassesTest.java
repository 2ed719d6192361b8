package io.claimdesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class AotTrainingClassesTest {

    private static final AtomicBoolean INITIALISED = new AtomicBoolean();

    static class WithStaticInitialiser {
        static {
            INITIALISED.set(true);
        }
    }

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void loadsTheListedClassesThatExistAndSkipsTheRest() {
        assertEquals(2, AotTrainingClasses.load(loader,
                List.of("java.lang.String", "io.claimdesk.common.NoSuchClass", "io.claimdesk.common.Ids")));
    }

    @Test
    void loadingRunsNoCodeOfTheClasses() {
        assertEquals(1, AotTrainingClasses.load(loader, List.of(WithStaticInitialiser.class.getName())));
        assertFalse(INITIALISED.get(), "static initialiser ran");
    }

    @Test
    void theShippedListNamesClassesOfThisBuild() {
        List<String> names = AotTrainingClasses.read(loader);
        assertTrue(names.size() > 500, "listed: " + names.size());
        // Classes Quarkus generates while packaging are not on this class path; a list that misses more than that
        // was written for other versions of the libraries: write it again (bench/run.sh --aot-classes).
        int loaded = AotTrainingClasses.load(loader, names);
        assertTrue(loaded >= names.size() * 9 / 10, loaded + " of " + names.size() + " listed classes exist");
    }
}
