package io.personae.app.common;

/// Style-class names of `personae.css`, so views and the theme agree on spelling.
public final class Styles {

    public static final String ROOT = "personae";
    public static final String EMPTY_STATE = "empty-state";
    public static final String HEADLINE = "headline";
    public static final String SUBTLE = "subtle";
    public static final String CALL_TO_ACTION = "call-to-action";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_MESSAGE = "status-message";
    public static final String CUSTOMER_COUNT = "customer-count";
    public static final String TOOLBAR = "segments-toolbar";
    public static final String K_VALUE = "k-value";
    public static final String CARDS = "persona-cards";
    public static final String CARD = "persona-card";
    public static final String CARD_STRIPE = "persona-stripe";
    public static final String CARD_TITLE = "persona-title";
    public static final String CARD_SIZE = "persona-size";
    public static final String CARD_REVENUE = "persona-revenue";
    public static final String CARD_BODY = "persona-body";
    public static final String FEATURE_GRID = "feature-grid";
    public static final String FEATURE_CAPTION = "feature-caption";
    public static final String FEATURE_NAME = "feature-name";
    public static final String FEATURE_VALUE = "feature-value";
    public static final String ABOVE = "above-average";
    public static final String BELOW = "below-average";
    public static final String SWATCH = "swatch";
    public static final String CHART_PANE = "chart-pane";
    public static final String CHART_BOX = "chart-box";
    public static final String CARDS_SCROLL = "persona-cards-scroll";
    public static final String DIALOG = "personae-dialog";
    public static final String FORM_LABEL = "form-label";
    public static final String VALIDATION = "validation";
    public static final String SECTION = "section-title";
    public static final String CARD_NUMBER = "persona-number";
    public static final String STABILITY = "stability-badge";
    public static final String STABLE = "stable";
    public static final String UNSTABLE = "unstable";
    public static final String INPUTS_SUMMARY = "inputs-summary";
    public static final String SEGMENT_ACTIONS = "segment-actions";
    public static final String DRAWER = "settings-drawer";
    public static final String SETTINGS_GRID = "settings-grid";
    public static final String CUT_POINT = "cut-point";
    public static final String RECOMMENDATION = "recommendation";
    public static final String MAIN_TABS = "main-tabs";
    public static final String PERSONA_TABS = "persona-tabs";
    public static final String BOARD_CARD = "board-card";
    public static final String BOARD_TITLE = "board-title";
    public static final String SELECTED = "selected-card";
    public static final String SMALL_BUTTON = "small-button";
    public static final String INLINE_EDITOR = "inline-editor";
    public static final String CARD_DESCRIPTION = "persona-description";
    public static final String KEY_FIGURES = "key-figures";
    public static final String CARD_ACTION = "persona-action";
    public static final String CARD_NOTES = "persona-notes";
    public static final String LIGHTS = "traffic-lights";
    public static final String LIGHT = "traffic-light";
    public static final String LIGHT_GREEN = "light-green";
    public static final String LIGHT_AMBER = "light-amber";
    public static final String LIGHT_RED = "light-red";
    public static final String LIGHT_DOT = "light-dot";
    public static final String WARNINGS = "persona-warnings";
    public static final String WARNING = "persona-warning";
    public static final String PLACEHOLDER = "placeholder";
    public static final String COMPARE_TABLE = "compare-table";
    public static final String COMPARE_VALUE = "compare-value";
    public static final String SLIDE = "slide";
    public static final String SLIDE_STRIPE = "slide-stripe";
    public static final String SLIDE_BODY = "slide-body";
    public static final String SLIDE_NUMBER = "slide-number";
    public static final String SLIDE_NAME = "slide-name";
    public static final String SLIDE_SIZE = "slide-size";
    public static final String SLIDE_DESCRIPTION = "slide-description";
    public static final String SLIDE_FIGURES = "slide-figures";
    public static final String SLIDE_ACTION = "slide-action";
    public static final String SLIDE_FOOTER = "slide-footer";
    public static final String HEADER_PREVIEW = "export-header-preview";
    public static final String CHECK_SUMMARY = "export-check-summary";
    public static final String IMPORT_SETTINGS = "import-settings";
    public static final String QUALITY_REPORT = "quality-report";

    private Styles() {
    }
}
