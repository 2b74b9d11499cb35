package dev.failoverstudio.ui.export.vm;

/** Where "Copy to clipboard" puts text: the system clipboard in the application, a plain holder in tests. */
@FunctionalInterface
public interface TextClipboard {
    void putText(String text);
}
