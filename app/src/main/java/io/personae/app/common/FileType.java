package io.personae.app.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/// A kind of file offered in a file chooser.
///
/// @param description shown to the user, for example "CSV and Excel files"
/// @param extensions  file name endings without the dot, for example "csv" or "mv.db"
public record FileType(String description, List<String> extensions) {

    public FileType {
        extensions = List.copyOf(extensions);
        if (extensions.isEmpty()) {
            throw new IllegalArgumentException("A file type needs at least one extension");
        }
    }

    public FileType(String description, String... extensions) {
        this(description, List.of(extensions));
    }

    /// `file` with this type's first extension added when its name has none of them.
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (lower.endsWith("." + extension)) {
                return file;
            }
        }
        return file.resolveSibling(name + "." + extensions.getFirst());
    }
}
