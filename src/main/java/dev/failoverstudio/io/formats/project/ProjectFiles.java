package dev.failoverstudio.io.formats.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failoverstudio.domain.edit.DesignDocument;
import dev.failoverstudio.domain.layout.AutoLayout;
import dev.failoverstudio.io.ImportException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The designer's project file: JSON with {@code "formatVersion": 1}, the zones' record sets and the health
 * checks in Route 53 API shapes, CIDR collections, the resource catalog and health state as in scenario files,
 * and the canvas {@code layout} kept apart ({@code {nodeKey: {x, y}}}).
 *
 * <p>{@link #read} also opens scenario files and raw {@code list-resource-record-sets} output; such imported
 * designs have no layout and are arranged with the {@link AutoLayout} given here.
 */
public final class ProjectFiles {

    /** The format version this class writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper;
    private final AutoLayout autoLayout;

    /**
     * @param mapper     the application's one configured mapper ({@code io.json.ObjectMappers})
     * @param autoLayout arranges imported designs, which carry no layout
     */
    public ProjectFiles(ObjectMapper mapper, AutoLayout autoLayout) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.autoLayout = Objects.requireNonNull(autoLayout, "autoLayout");
    }

    /**
     * Reads a project file, a scenario file or {@code list-resource-record-sets} output.
     *
     * @throws ImportException with every problem found (file, JSON path, rule); nothing is read then
     */
    public DesignDocument read(Path file) throws ImportException {
        throw new UnsupportedOperationException("ProjectFiles.read is not implemented yet");
    }

    /** Writes {@code doc} atomically: a temporary file in the same directory, then a rename over {@code file}. */
    public void write(DesignDocument doc, Path file) throws IOException {
        throw new UnsupportedOperationException("ProjectFiles.write is not implemented yet");
    }
}
