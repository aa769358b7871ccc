package io.personae.analytics.exporter;

import java.util.Locale;

/// HubSpot's fixed list of lifecycle stages, written as HubSpot's internal values, which its
/// import maps without a dialog.
public enum LifecycleStage {
    SUBSCRIBER, LEAD, MARKETING_QUALIFIED_LEAD, SALES_QUALIFIED_LEAD, OPPORTUNITY, CUSTOMER, EVANGELIST, OTHER;

    /// The value in the file: "subscriber", "marketingqualifiedlead", "customer"...
    public String value() {
        return name().replace("_", "").toLowerCase(Locale.ROOT);
    }
}
