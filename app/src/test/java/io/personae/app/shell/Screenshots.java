package io.personae.app.shell;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/// Pictures of the window for reviewing it, written under the build folder.
final class Screenshots {

    private Screenshots() {
    }

    /// Where a picture the docs show goes: `docs/screenshots/` of the repository when the build is
    /// run with `-Dpersonae.screenshots=true`, else the build folder (so a plain test run leaves
    /// the docs alone).
    static Path docsFile(String name) {
        if (Boolean.getBoolean("personae.screenshots")) {
            return Path.of(System.getProperty("personae.root", "")).resolve("docs").resolve("screenshots").resolve(name);
        }
        return buildFile(name);
    }

    static Path buildFile(String name) {
        return Path.of(System.getProperty("personae.build", "target"), "screenshots", name);
    }

    /// Writes what `scene` shows as a PNG.
    static void write(Scene scene, Path target) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(UiWait.SECONDS, TimeUnit.SECONDS);
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(target.toAbsolutePath().getParent());
        ImageIO.write(picture, "png", target.toFile());
    }
}
