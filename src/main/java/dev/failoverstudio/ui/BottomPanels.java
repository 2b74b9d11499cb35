package dev.failoverstudio.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** Below the canvas: the problems list, the DNS server with its query log, and further wide panes as tabs. */
public final class BottomPanels extends TabPane {

    private final Tab problems;

    public BottomPanels(Node problemsPanel) {
        getStyleClass().add("bottom-panels");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        problems = add("Problems", "problems-tab", problemsPanel);
    }

    /** Adds a tab; its id lets tests and the View menu find it. */
    public Tab add(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        getTabs().add(tab);
        return tab;
    }

    /** Shows {@code tab} and moves the keyboard focus into it. */
    public void show(Tab tab) {
        getSelectionModel().select(tab);
        PanelFocus.enterLater(this);
    }

    public void showProblems() {
        show(problems);
    }
}
