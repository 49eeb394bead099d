package dev.actionkit.codegen.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.codegen.property.PropertySeeds;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * The round-trip property of issue 14: for a random catalog with one action of each shape
 * ({@link ShapeSchemas}) and random documents each schema allows ({@link Instances}, checked by
 * a validator), every document read into the generated class and written back, and every
 * document rebuilt with the generated builders, is sent as the same JSON. Seeds as for the other
 * properties ({@link PropertySeeds}); each try compiles one catalog.
 */
@Label("Round trip of valid documents (jqwik)")
@AddLifecycleHook(value = PropertySeeds.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class RoundTripProperties {

    private static final int DOCUMENTS = 20;
    private static RoundTrip roundTrip;

    @BeforeContainer
    static void startServer() {
        roundTrip = new RoundTrip();
    }

    @AfterContainer
    static void stopServer() {
        roundTrip.close();
    }

    @Property(tries = 25)
    @Label("every document a schema allows is sent exactly, read-then-written and built, "
            + "explicit nulls aside (the emitter's half)")
    void everyValidDocumentSurvives(@ForAll long seed) throws Exception {
        // given
        ShapeCatalog catalog = ShapeCatalog.draw(seed);
        Survey survey = new Survey();
        // when
        survey.run(catalog, DOCUMENTS, roundTrip);
        // then
        assertThat(survey.allSurvived()).as("%s%n%s", catalog, survey.report())
                .isTrue();
    }
}
