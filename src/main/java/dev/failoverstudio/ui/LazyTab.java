package dev.failoverstudio.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The content of a tab, built the first time the tab is selected or the content is asked for. The designer's
 * first frame shows only the inspector and the problems list; building the resolver pane with its world map,
 * the health tables, the DNS server panel and the drill charts before then would cost startup time for panes
 * nobody has looked at yet. Built on the FX thread.
 */
final class LazyTab<T extends Node> {

    private final Tab tab;
    private final Supplier<T> build;
    private T content;

    /** Builds at once when {@code tab} is already selected; otherwise on its first selection. */
    LazyTab(Tab tab, Supplier<T> build) {
        this.tab = Objects.requireNonNull(tab, "tab");
        this.build = Objects.requireNonNull(build, "build");
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                get();
            }
        });
        if (tab.isSelected() && tab.getTabPane() != null) {
            get();
        }
    }

    /** The content, built now if it was not yet (on the FX thread: a caller on another thread waits for it). */
    T get() {
        if (!Platform.isFxApplicationThread()) {
            FutureTask<T> onFx = new FutureTask<>(this::get);
            Platform.runLater(onFx);
            try {
                return onFx.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while building the " + tab.getText() + " tab", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot build the " + tab.getText() + " tab", e.getCause());
            }
        }
        if (content == null) {
            content = build.get();
            tab.setContent(content);
        }
        return content;
    }

    /** Whether the content exists (without building it). */
    boolean isBuilt() {
        return content != null;
    }

    Tab tab() {
        return tab;
    }
}
