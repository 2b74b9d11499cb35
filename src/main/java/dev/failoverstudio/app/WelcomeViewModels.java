package dev.failoverstudio.app;

import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.ui.vm.CanvasSceneBuilder;
import dev.failoverstudio.ui.vm.CardGeometry;
import dev.failoverstudio.ui.vm.LastDesignStore;
import dev.failoverstudio.ui.vm.WelcomeViewModel;

import java.util.concurrent.Executor;

/** Wires the welcome view's model to a designer session's files and the application's bundled samples. */
public final class WelcomeViewModels {

    private WelcomeViewModels() {
    }

    /**
     * @param lastDesign where the last design is remembered ({@link LastDesignFile} in the application)
     * @param ui         runs background results on the UI thread
     */
    public static WelcomeViewModel create(DesignerSession session, LastDesignStore lastDesign, Executor ui) {
        CardGeometry geometry = new CardGeometry();
        return new WelcomeViewModel(session.designer(), session.files(),
                session.services().formats().bundledSamples(),
                new CanvasSceneBuilder(geometry, new AutoLayout(geometry)), session.services().healthEvaluator(),
                lastDesign, session.background(), ui);
    }
}
