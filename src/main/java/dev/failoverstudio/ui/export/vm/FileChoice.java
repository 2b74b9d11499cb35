package dev.failoverstudio.ui.export.vm;

/**
 * What the preview shows: one exported file by name, or every file one after the other ({@code name} null).
 */
public record FileChoice(String name, String label) {

    static FileChoice file(String name) {
        return new FileChoice(name, name);
    }

    static FileChoice all(int count) {
        return new FileChoice(null, "All " + count + " files");
    }

    public boolean allFiles() {
        return name == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
