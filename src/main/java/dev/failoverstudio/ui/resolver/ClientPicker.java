package dev.failoverstudio.ui.resolver;

import dev.failoverstudio.ui.vm.resolver.Choice;
import dev.failoverstudio.ui.vm.resolver.ResolverViewModel;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Who asks: continent, country, US state, AWS Region, coordinates, resolver address and client subnet. */
final class ClientPicker extends GridPane {

    private static final double FIELD_WIDTH = 90;

    ClientPicker(ResolverViewModel vm) {
        getStyleClass().add("client-picker");
        setHgap(6);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields, labels, fields);

        addRow(0, new Label("Continent"), combo("client-continent", vm.continents(), vm.continentProperty()),
                new Label("Country"), combo("client-country", vm.countries(), vm.countryProperty()));
        addRow(1, new Label("US state"), combo("client-state", vm.subdivisions(), vm.subdivisionProperty()),
                new Label("AWS Region"), combo("client-region", vm.regions(), vm.regionProperty()));
        addRow(2, new Label("Latitude"), field("client-latitude", "e.g. 50.11", vm.latitudeProperty()),
                new Label("Longitude"), field("client-longitude", "e.g. 8.68", vm.longitudeProperty()));
        addRow(3, new Label("Resolver IP"), field("client-ip", "e.g. 203.0.113.7", vm.resolverIpProperty()),
                new Label("Client subnet"), field("client-ecs", "address/length", vm.ecsSubnetProperty()));
        Label location = new Label();
        location.setId("client-location");
        location.getStyleClass().add("client-location");
        location.setWrapText(true);
        location.textProperty().bind(vm.locationProperty());
        location.managedProperty().bind(location.textProperty().isNotEmpty());
        add(location, 0, 4, 4, 1);
    }

    private static ComboBox<Choice> combo(String id, ObservableList<Choice> items,
                                          javafx.beans.property.ObjectProperty<Choice> value) {
        ComboBox<Choice> combo = new ComboBox<>(items);
        combo.setId(id);
        // a narrow preferred width, so both field columns share a narrow pane's width alike (a country list's
        // longest name would otherwise take it all); the columns grow from there
        combo.setPrefWidth(FIELD_WIDTH);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.valueProperty().bindBidirectional(value);
        return combo;
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(FIELD_WIDTH);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
