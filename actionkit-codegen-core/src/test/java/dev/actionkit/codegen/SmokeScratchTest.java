package dev.actionkit.codegen;

import org.junit.jupiter.api.Test;

class SmokeScratchTest {
    @Test
    void run() throws Exception {
        SmokeScratch.main(new String[] {System.getProperty("smoke.catalog"), System.getProperty("smoke.out"), "x"});
    }
}
