package dev.failoverstudio.ui.vm;

import dev.failoverstudio.app.DesignerSession;
import dev.failoverstudio.app.Services;
import dev.failoverstudio.domain.layout.NodeKey;
import dev.failoverstudio.domain.model.HostedZone;
import dev.failoverstudio.domain.model.RecordSet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/** A designer session whose background work runs on the calling thread, so view-model tests are deterministic. */
final class DesignerFixture {

    static final Executor SAME_THREAD = Runnable::run;

    private DesignerFixture() {
    }

    static DesignerSession session(Path tempDir) {
        return DesignerSession.create(Services.create(), new MemorySettings(), tempDir.resolve("autosave"),
                SAME_THREAD, SAME_THREAD);
    }

    static HostedZone zone(DesignerViewModel vm) {
        return vm.document().design().zones().get(0);
    }

    static RecordSet only(DesignerViewModel vm, NodeKey card) {
        CardModel c = vm.scene().card(card).orElseThrow();
        return zone(vm).recordSets().stream().filter(r -> r.groupKey().equals(c.group())).findFirst().orElseThrow();
    }

    static MemberRef row(DesignerViewModel vm, NodeKey card, int index) {
        CardModel c = vm.scene().card(card).orElseThrow();
        return new MemberRef(c.zoneId(), c.rows().get(index).member(), c.key());
    }

    /** Settings kept in memory. */
    static final class MemorySettings implements SettingsStore {
        private WindowSettings settings = WindowSettings.DEFAULTS;
        final List<WindowSettings> saved = new ArrayList<>();

        @Override
        public WindowSettings load() {
            return settings;
        }

        @Override
        public void save(WindowSettings s) {
            settings = s;
            saved.add(s);
        }
    }
}
