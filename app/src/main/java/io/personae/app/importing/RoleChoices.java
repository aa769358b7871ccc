package io.personae.app.importing;

import io.personae.analytics.importer.Cancellations;
import io.personae.analytics.importer.DataKind;
import io.personae.analytics.importer.ImportOptions;
import io.personae.analytics.importer.TablePreview;
import io.personae.app.importing.ImportViewModel.AmountSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Which column of the file plays which role (customer id, order date, amount...), which columns
/// are features or categories, and how order lines and cancellations are read: guessed from the
/// preview, then changed by the user. [RoleMapping] turns them into import options.
public final class RoleChoices {

    private static final String NONE = ImportViewModel.NO_COLUMN;

    private final ObjectProperty<DataKind> kind = new SimpleObjectProperty<>(this, "kind", DataKind.TRANSACTIONS);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> optionalColumns = FXCollections.observableArrayList(NONE);
    private final ObservableList<String> numericColumns = FXCollections.observableArrayList();
    private final Map<String, BooleanProperty> features = new LinkedHashMap<>();
    private final ObservableList<String> categoryColumns = FXCollections.observableArrayList();
    private final Map<String, BooleanProperty> categories = new LinkedHashMap<>();
    /// counts the ticks of features and categories, whose properties come and go with the columns
    private final ReadOnlyIntegerWrapper ticks = new ReadOnlyIntegerWrapper(this, "ticks", 0);
    private final StringProperty customerId = new SimpleStringProperty(this, "customerId");
    private final StringProperty email = new SimpleStringProperty(this, "email", NONE);
    private final StringProperty firstName = new SimpleStringProperty(this, "firstName", NONE);
    private final StringProperty lastName = new SimpleStringProperty(this, "lastName", NONE);
    private final StringProperty orderDate = new SimpleStringProperty(this, "orderDate");
    private final StringProperty amount = new SimpleStringProperty(this, "amount");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", NONE);
    private final StringProperty unitPrice = new SimpleStringProperty(this, "unitPrice", NONE);
    private final StringProperty invoice = new SimpleStringProperty(this, "invoice", NONE);
    private final ObjectProperty<AmountSource> amountSource =
            new SimpleObjectProperty<>(this, "amountSource", AmountSource.AMOUNT_COLUMN);
    private final ObjectProperty<Cancellations> cancellations =
            new SimpleObjectProperty<>(this, "cancellations", Cancellations.NET);

    /// The choices whose change changes the mapping, for the view model to validate it again.
    List<Observable> choices() {
        return List.of(kind, customerId, email, firstName, lastName, orderDate, amount, quantity, unitPrice, invoice,
                amountSource, cancellations, ticks);
    }

    /// Cancellations back to netted, for a newly chosen file.
    void resetCancellations() {
        cancellations.set(Cancellations.NET);
    }

    /// No columns to choose from until the new file's preview is read.
    void clearColumns() {
        columns.clear();
        optionalColumns.setAll(NONE);
        numericColumns.clear();
        features.clear();
        categoryColumns.clear();
        categories.clear();
    }

    /// Whether `headers` are the columns offered now.
    boolean offers(List<String> headers) {
        return headers.equals(columns);
    }

    /// Offers the columns of `read` and fills every role from `guess`, or leaves them unchosen.
    void guess(TablePreview read, Optional<ImportOptions> guess) {
        columns.setAll(read.headers());
        optionalColumns.setAll(NONE);
        optionalColumns.addAll(read.headers());
        numericColumns.setAll(NumericColumns.in(read));
        features.clear();
        List<String> guessedFeatures = guess.map(ImportOptions::featureColumns).orElse(List.of());
        for (String column : numericColumns) {
            features.put(column, tick(column, guessedFeatures.contains(column)));
        }
        categoryColumns.setAll(read.headers());
        categories.clear();
        List<String> guessedCategories = guess.map(ImportOptions::categoryColumns).orElse(List.of());
        for (String column : categoryColumns) {
            categories.put(column, tick(column, guessedCategories.contains(column)));
        }
        kind.set(guess.map(ImportOptions::kind).orElse(DataKind.TRANSACTIONS));
        customerId.set(guess.map(ImportOptions::customerId).orElse(null));
        email.set(guess.map(ImportOptions::email).orElse(NONE));
        firstName.set(guess.map(ImportOptions::firstName).orElse(NONE));
        lastName.set(guess.map(ImportOptions::lastName).orElse(NONE));
        orderDate.set(guess.map(ImportOptions::orderDate).orElse(null));
        amount.set(guess.map(ImportOptions::amount).orElse(null));
        quantity.set(guess.map(ImportOptions::quantity).orElse(NONE));
        unitPrice.set(guess.map(ImportOptions::unitPrice).orElse(NONE));
        invoice.set(guess.map(ImportOptions::invoice).orElse(NONE));
        amountSource.set(guess.map(ImportOptions::amountFromLines).orElse(false) ? AmountSource.QUANTITY_TIMES_PRICE
                : AmountSource.AMOUNT_COLUMN);
    }

    private BooleanProperty tick(String column, boolean selected) {
        BooleanProperty property = new SimpleBooleanProperty(this, column, selected);
        property.addListener(observable -> ticks.set(ticks.get() + 1));
        return property;
    }

    /// The ticked features, in column order.
    List<String> tickedFeatures() {
        return ticked(features);
    }

    /// The ticked categories, in column order.
    List<String> tickedCategories() {
        return ticked(categories);
    }

    private static List<String> ticked(Map<String, BooleanProperty> choices) {
        return choices.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    /// The column chosen for `role`, or `null` when none is.
    static String optional(StringProperty role) {
        String column = role.get();
        return column == null || NONE.equals(column) ? null : column;
    }

    public ObjectProperty<DataKind> kindProperty() {
        return kind;
    }

    /// Every column, for the required roles.
    public ObservableList<String> columns() {
        return columns;
    }

    /// [ImportViewModel#NO_COLUMN] then every column, for the optional roles.
    public ObservableList<String> optionalColumns() {
        return optionalColumns;
    }

    /// The columns that hold numbers, offered as features of customer-level data.
    public ObservableList<String> numericColumns() {
        return numericColumns;
    }

    /// Whether `column` is used as a feature (customer-level data).
    public BooleanProperty featureProperty(String column) {
        BooleanProperty selected = features.get(column);
        if (selected == null) {
            throw new IllegalArgumentException("Not a numeric column of the file: " + column);
        }
        return selected;
    }

    /// Every column, offered as a category (country, gender, channel...).
    public ObservableList<String> categoryColumns() {
        return categoryColumns;
    }

    /// Whether `column` is read as a category, for profiling and optionally for segmenting.
    public BooleanProperty categoryProperty(String column) {
        BooleanProperty selected = categories.get(column);
        if (selected == null) {
            throw new IllegalArgumentException("Not a column of the file: " + column);
        }
        return selected;
    }

    public StringProperty customerIdProperty() {
        return customerId;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty orderDateProperty() {
        return orderDate;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    /// Quantity column of order lines, or [ImportViewModel#NO_COLUMN].
    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty unitPriceProperty() {
        return unitPrice;
    }

    /// Invoice column, or [ImportViewModel#NO_COLUMN]; a `C` before the number marks a cancellation.
    public StringProperty invoiceProperty() {
        return invoice;
    }

    public ObjectProperty<AmountSource> amountSourceProperty() {
        return amountSource;
    }

    public ObjectProperty<Cancellations> cancellationsProperty() {
        return cancellations;
    }
}
