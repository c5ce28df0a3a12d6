package io.tandem;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk through each other's APIs only, and there are no cycles between them. */
class ModulesTest {

    @Test
    void modulesAreWellFormed() {
        ApplicationModules.of(TandemApplication.class).verify();
    }
}
