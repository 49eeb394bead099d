package dev.actionkit.codegen.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The survival rate of valid documents through the generated classes, over fixed catalogs (one
 * action per shape of issue 14, seeds 1 to {@value #CATALOGS}). Its failure message is the
 * measurement: the rate overall and per shape, and example losses (docs/GENERATED-API.md). It
 * holds every loss to zero, explicit nulls included ({@link Survey#allSurvived()}); the report
 * prints on every run.
 */
class RoundTripSurveyTest {

    static final int CATALOGS = 8;
    static final int DOCUMENTS = 25;

    @Test
    @DisplayName("every valid document of every shape survives read-then-write and the builder, "
            + "explicit nulls aside (the emitter's half)")
    void everyDocumentSurvives() throws Exception {
        // given
        Survey survey = new Survey();
        // when
        try (RoundTrip roundTrip = new RoundTrip()) {
            for (long seed = 1; seed <= CATALOGS; seed++) {
                survey.run(ShapeCatalog.draw(seed), DOCUMENTS, roundTrip);
            }
        }
        // then
        System.out.println("Round-trip survey: " + survey.report());
        assertThat(survey.allSurvived()).as(survey.report()).isTrue();
    }
}
