package dev.actionkit.codegen.property;

import dev.actionkit.codegen.property.GeneratedCatalog.Action;
import dev.actionkit.codegen.property.GeneratedCatalog.Integration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Whole hostile catalogs: one to four integrations (hostile keys, case twins among them), one
 * to four actions each (hostile names, descriptions and schemas), and sometimes an action listed
 * twice: identically under another integration, with another description under another
 * integration, twice in the same integration, or beside its case twin.
 */
public final class Catalogs {

    /**
     * Integrations per catalog and actions per integration: few most of the time (each action
     * costs javac time), 4 sometimes.
     */
    private static final Arbitrary<Integer> SIZES = Arbitraries.frequency(Tuple.of(4, 1),
            Tuple.of(3, 2), Tuple.of(2, 3), Tuple.of(1, 4));

    private Catalogs() {}

    /** Returns catalogs small enough that one try compiles in well under a second. */
    public static Arbitrary<GeneratedCatalog> catalogs() {
        Arbitrary<List<Integration>> integrations = HostileNames
                .withTwins(HostileNames.integrationKeys(), SIZES)
                .map(keys -> keys.subList(0, Math.min(4, keys.size())))
                .flatMap(keys -> Combinators.combine(keys.stream().map(Catalogs::integration)
                        .toList()).as(List::copyOf));
        return Combinators.combine(integrations, Arbitraries.integers().between(0, 9))
                .as(Catalogs::withRepeatedListing);
    }

    private static Arbitrary<Integration> integration(String key) {
        Arbitrary<Action> action = Combinators.combine(HostileNames.actionNames(key),
                HostileTexts.descriptions(), ParameterRoots.parameters()).as(Action::new);
        return SIZES.flatMap(size -> action.list().ofSize(size))
                .map(actions -> new Integration(key, actions));
    }

    /** Lists the first action a second time in one of five ways (0-4), or not at all (5-9). */
    private static GeneratedCatalog withRepeatedListing(List<Integration> integrations,
            int form) {
        List<Integration> all = new ArrayList<>(integrations);
        Action first = all.get(0).actions().get(0);
        int last = all.size() - 1;
        switch (form) {
            case 0 -> all.set(last, plus(all.get(last), first));
            case 1 -> all.set(last, plus(all.get(last), new Action(first.name(),
                    first.description() + " (other)", first.parameters())));
            case 2 -> all.set(0, plus(all.get(0), first));
            case 3 -> all.set(0, plus(all.get(0), new Action(HostileNames.twin(first.name(), 2),
                    first.description(), first.parameters())));
            case 4 -> all.set(last, plus(all.get(last), new Action(
                    HostileNames.twin(first.name(), 3), "", first.parameters())));
            default -> { }
        }
        return new GeneratedCatalog(all);
    }

    /**
     * Joins catalogs into one: the integrations of equal keys merge, and each action name gets
     * the suffix {@code _<index of its catalog>}, so that no two catalogs list the same action
     * (ActionKit runs actions by name: different listings of one name are an error) while each
     * catalog keeps its own repeated listings and twins.
     */
    public static GeneratedCatalog join(List<GeneratedCatalog> catalogs) {
        Map<String, List<Action>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < catalogs.size(); i++) {
            String suffix = "_" + i;
            for (Integration integration : catalogs.get(i).integrations()) {
                List<Action> actions = byKey.computeIfAbsent(integration.key(),
                        key -> new ArrayList<>());
                integration.actions().forEach(action -> actions.add(new Action(
                        action.name() + suffix, action.description(), action.parameters())));
            }
        }
        List<Integration> joined = new ArrayList<>();
        byKey.forEach((key, actions) -> joined.add(new Integration(key, actions)));
        return new GeneratedCatalog(joined);
    }

    private static Integration plus(Integration integration, Action action) {
        List<Action> actions = new ArrayList<>(integration.actions());
        actions.add(action);
        return new Integration(integration.key(), actions);
    }
}
