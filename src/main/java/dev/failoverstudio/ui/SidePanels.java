package dev.failoverstudio.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The right-hand column: the inspector for what is selected, the simulated health panel and the live resolver
 * pane, as tabs. Selecting a card shows the inspector only when the user asks (View menu), so a health toggle and
 * its answer stay in view while cards are clicked. Showing a tab from the View menu moves the keyboard focus into it.
 */
public final class SidePanels extends TabPane {

    private final Tab inspector;
    private final Tab health;
    private final Tab resolver;

    public SidePanels(Node inspectorPanel, Node healthPanel, Node resolverPane) {
        getStyleClass().add("side-panels");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        inspector = tab("Inspector", "inspector-tab", inspectorPanel);
        health = tab("Health", "health-tab", healthPanel);
        resolver = tab("Resolver", "resolver-tab", resolverPane);
        getTabs().addAll(inspector, health, resolver);
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /** The health tab, for content built on its first show (null content until then). */
    Tab healthTab() {
        return health;
    }

    /** The resolver tab, for content built on its first show (null content until then). */
    Tab resolverTab() {
        return resolver;
    }

    public void showInspector() {
        getSelectionModel().select(inspector);
        PanelFocus.enterLater(this);
    }

    public void showHealth() {
        getSelectionModel().select(health);
        PanelFocus.enterLater(this);
    }

    public void showResolver() {
        getSelectionModel().select(resolver);
        PanelFocus.enterLater(this);
    }
}
