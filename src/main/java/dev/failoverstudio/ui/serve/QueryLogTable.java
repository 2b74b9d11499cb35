package dev.failoverstudio.ui.serve;

import dev.failoverstudio.ui.serve.vm.QueryLogRow;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.util.Map;
import java.util.function.Function;

/** The query log table: one row per answered query, styled by its outcome (answer, nodata, nxdomain, error). */
final class QueryLogTable extends TableView<QueryLogRow> {

    /** Pseudo-classes, not style classes: a style-class change re-resolves the row's CSS on every update. */
    private static final Map<String, PseudoClass> OUTCOMES = Map.of("answer", PseudoClass.getPseudoClass("answer"),
            "nodata", PseudoClass.getPseudoClass("nodata"), "nxdomain", PseudoClass.getPseudoClass("nxdomain"),
            "error", PseudoClass.getPseudoClass("error"));

    QueryLogTable(ObservableList<QueryLogRow> rows) {
        super(rows);
        setId("query-log");
        getStyleClass().add("query-log");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        // fixed-size columns keep their width; question and answer share what is left
        getColumns().add(column("Time", QueryLogRow::time, 100, true, "time"));
        getColumns().add(column("Client", QueryLogRow::client, 100, true, "client"));
        getColumns().add(column("Subnet", QueryLogRow::subnet, 110, false, "subnet"));
        getColumns().add(column("Question", QueryLogRow::question, 190, false, "question"));
        getColumns().add(column("Answer", QueryLogRow::answer, 170, false, "answer"));
        getColumns().add(column("RCODE", QueryLogRow::rcode, 90, true, "rcode"));
        getColumns().add(column("Rule", QueryLogRow::rule, 55, true, "rule"));
        getColumns().add(column("Via", QueryLogRow::transport, 45, true, "transport"));
        setPlaceholder(new Label("No queries yet. Start serving, then ask it with dig."));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(QueryLogRow row, boolean empty) {
                super.updateItem(row, empty);
                String outcome = empty || row == null ? "" : row.outcome();
                OUTCOMES.forEach((name, pseudoClass) -> pseudoClassStateChanged(pseudoClass, name.equals(outcome)));
            }
        });
    }

    private static TableColumn<QueryLogRow, String> column(String title, Function<QueryLogRow, String> value,
                                                           double width, boolean fixed, String styleClass) {
        TableColumn<QueryLogRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(fixed ? width : 60);
        column.setSortable(false); // newest first is the order that matters while queries stream in
        column.getStyleClass().add(styleClass);
        return column;
    }
}
