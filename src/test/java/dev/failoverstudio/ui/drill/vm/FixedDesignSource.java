package dev.failoverstudio.ui.drill.vm;

import dev.failoverstudio.domain.model.Design;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A design source a test sets by hand. */
final class FixedDesignSource implements DesignSource {

    private final List<Consumer<Design>> listeners = new ArrayList<>();
    private Design current;

    FixedDesignSource(Design current) {
        this.current = current;
    }

    @Override
    public Design current() {
        return current;
    }

    @Override
    public void addListener(Consumer<Design> listener) {
        listeners.add(listener);
    }

    void set(Design design) {
        current = design;
        listeners.forEach(l -> l.accept(design));
    }
}
