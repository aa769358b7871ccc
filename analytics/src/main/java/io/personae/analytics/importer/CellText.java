package io.personae.analytics.importer;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/// The text an Excel number cell becomes, the same for .xlsx and .xls.
///
/// decision: dates become ISO text (`2010-12-01`, or `2010-12-01 08:26:00` when they have a
/// time), and other numbers their plain value ("13085", "6.95"), not the text Excel displays.
/// Display formats are locale-dependent ("1.234,50 €"), turn long ids into "1.23E+11" and
/// percentages into "12%"; the importer would only have to parse them back, less exactly.
final class CellText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CellText() {
    }

    /// @param formatIndex  the cell's number format index
    /// @param formatString the format's pattern, or `null` to look a built-in one up
    static String number(double value, int formatIndex, String formatString, boolean date1904) {
        String pattern = formatString != null ? formatString : BuiltinFormats.getBuiltinFormat(formatIndex);
        if (pattern != null && DateUtil.isADateFormat(formatIndex, pattern) && DateUtil.isValidExcelDate(value)) {
            return date(DateUtil.getLocalDateTime(value, date1904));
        }
        return number(value);
    }

    static String date(LocalDateTime dateTime) {
        return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? dateTime.toLocalDate().toString()
                : dateTime.withNano(0).format(DATE_TIME);
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
