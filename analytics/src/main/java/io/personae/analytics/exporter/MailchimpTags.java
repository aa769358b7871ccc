package io.personae.analytics.exporter;

import java.util.List;

/// Mailchimp's `Tags` field: tags separated by commas, a tag holding a comma wrapped in double
/// quotes (`Segment 1,"Small, careful buyers"`), all within the 255 bytes of a field.
///
/// decision: a double quote inside a tag becomes a single one, since Mailchimp's tag syntax has
/// no escape for it; tags that would pass the byte limit are dropped from the end (the segment
/// tag comes first and always fits) and the drop is reported.
final class MailchimpTags {

    static final int MAX_BYTES = 255;

    private MailchimpTags() {}

    /// The field for `tags`; `adjustments` hears of tags dropped.
    static String field(List<String> tags, Adjustments adjustments) {
        StringBuilder field = new StringBuilder();
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                continue;
            }
            String clean = tag.strip().replace('"', '\'');
            String written = clean.indexOf(',') >= 0 ? '"' + clean + '"' : clean;
            int separator = field.isEmpty() ? 0 : 1;
            if (Utf8Limit.length(field) + separator + Utf8Limit.length(written) > MAX_BYTES) {
                adjustments.truncated("Tags", MAX_BYTES);
                break;
            }
            if (separator > 0) {
                field.append(',');
            }
            field.append(written);
        }
        return field.toString();
    }
}
