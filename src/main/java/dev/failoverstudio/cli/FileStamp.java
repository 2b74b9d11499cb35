package dev.failoverstudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What tells a changed file from an unchanged one without reading it: modification time, size and file key
 * (an editor that saves by writing a new file and renaming it changes the key). A missing file has an empty
 * stamp, so its reappearance counts as a change.
 */
record FileStamp(long modifiedNanos, long size, Object key) {

    static FileStamp of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                    attributes.size(), attributes.fileKey());
        } catch (IOException e) {
            return new FileStamp(-1, -1, null);
        }
    }
}
