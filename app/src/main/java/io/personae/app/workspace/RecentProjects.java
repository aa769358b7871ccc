package io.personae.app.workspace;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/// The projects opened last, most recent first, kept in the user's preferences so the list
/// survives a restart.
public final class RecentProjects {

    public static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Preferences preferences;

    public RecentProjects(Preferences preferences) {
        this.preferences = preferences;
    }

    /// Most recent first; at most [#MAX].
    public List<Path> list() {
        List<Path> projects = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String stored = preferences.get(KEY + i, null);
            if (stored != null) {
                try {
                    projects.add(Path.of(stored));
                } catch (InvalidPathException e) {
                    // an entry written on another system: skip it, the next store drops it
                }
            }
        }
        return projects;
    }

    /// Puts `project` first, dropping an older entry for the same file and the oldest beyond [#MAX].
    public void add(Path project) {
        Path file = normalise(project);
        List<Path> projects = new ArrayList<>(List.of(file));
        list().stream().filter(p -> !normalise(p).equals(file)).forEach(projects::add);
        store(projects);
    }

    public void remove(Path project) {
        Path file = normalise(project);
        store(list().stream().filter(p -> !normalise(p).equals(file)).toList());
    }

    private void store(List<Path> projects) {
        for (int i = 0; i < MAX; i++) {
            if (i < projects.size()) {
                preferences.put(KEY + i, projects.get(i).toString());
            } else {
                preferences.remove(KEY + i);
            }
        }
    }

    private static Path normalise(Path project) {
        return project.toAbsolutePath().normalize();
    }
}
