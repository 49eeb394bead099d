package dev.actionkit.spring.boot;

import dev.actionkit.runtime.ActionCall;
import dev.actionkit.runtime.ActionKitObserver;
import java.util.ArrayList;
import java.util.List;

/** Tells several observers of each call, in order. */
final class CompositeObserver implements ActionKitObserver {

    private final List<ActionKitObserver> observers;

    private CompositeObserver(List<ActionKitObserver> observers) {
        this.observers = observers;
    }

    /** Returns null for none, the observer itself for one, else one that tells them all. */
    static ActionKitObserver of(List<ActionKitObserver> observers) {
        return switch (observers.size()) {
            case 0 -> null;
            case 1 -> observers.get(0);
            default -> new CompositeObserver(List.copyOf(observers));
        };
    }

    @Override
    public Call started(ActionCall call) {
        List<Call> calls = new ArrayList<>(observers.size());
        for (ActionKitObserver observer : observers) {
            calls.add(observer.started(call));
        }
        return outcome -> calls.forEach(started -> started.ended(outcome));
    }
}
