package io.personae.app.personas;

import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/// The personas one at a time in large type, for a workshop: name, description, three key
/// figures and the action. The slides are fixed when the presentation starts.
public final class PresentationViewModel {

    /// One persona as a slide.
    ///
    /// @param colour the segment's identity, for its colour
    public record Slide(String number, int colour, String name, String size, String description, List<String> figures,
            String action) {

        public Slide {
            figures = List.copyOf(figures);
        }
    }

    private final List<Slide> slides;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    private final ObjectBinding<Slide> slide;
    private final StringBinding position;

    PresentationViewModel(ShownAnalysis analysis, int start) {
        slides = IntStream.range(0, analysis.size()).mapToObj(s -> slide(analysis, s)).toList();
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("A presentation needs at least one persona");
        }
        index.set(Math.clamp(start, 0, slides.size() - 1));
        slide = Bindings.createObjectBinding(() -> slides.get(index.get()), index);
        position = Bindings.createStringBinding(() -> (index.get() + 1) + " of " + slides.size(), index);
    }

    public List<Slide> slides() {
        return slides;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ObjectBinding<Slide> slideProperty() {
        return slide;
    }

    /// "2 of 5"
    public StringBinding positionProperty() {
        return position;
    }

    public void next() {
        index.set(Math.min(index.get() + 1, slides.size() - 1));
    }

    public void previous() {
        index.set(Math.max(index.get() - 1, 0));
    }

    public void first() {
        index.set(0);
    }

    public void last() {
        index.set(slides.size() - 1);
    }

    private static Slide slide(ShownAnalysis analysis, int s) {
        return new Slide(analysis.number(s), analysis.identity(s), analysis.persona(s).name(),
                PersonaWords.size(analysis.profiles().get(s)), analysis.persona(s).description(),
                PersonaWords.keyFigures(analysis.profiles().get(s)), PersonaWords.action(analysis, s));
    }
}
