package dev.failoverstudio.ui.export;

import dev.failoverstudio.ui.export.vm.TextClipboard;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The system clipboard, as plain text. FX thread only. */
final class SystemTextClipboard implements TextClipboard {

    @Override
    public void putText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
