package io.personae.analytics.workspace;

import io.personae.analytics.exporter.ExportPreset;
import io.personae.analytics.exporter.ExportRecord;
import io.personae.analytics.exporter.ExportedCustomer;
import io.personae.analytics.exporter.ExportedRows;
import io.personae.analytics.exporter.ExportedSegment;
import io.personae.analytics.exporter.GroupSplit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/// Every export written from the workspace, with the customers it listed and their test group,
/// so "who got the spring campaign" can be answered after newer imports and the same list
/// repeated.
///
/// decision: the customer ids and groups of an export are one blob each, like a segmentation's
/// assignment ([Packing]): an export is always written and read whole, and a million rows
/// would make the export wait seconds for the history. The history survives new imports: it
/// records what was sent, whatever the data says now.
final class ExportHistoryStore {

    private static final String TABLE = """
            CREATE TABLE IF NOT EXISTS export_record (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                created_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
                preset VARCHAR(20) NOT NULL,
                all_segments BOOLEAN NOT NULL,
                segment_numbers INT ARRAY NOT NULL,
                persona_names VARCHAR ARRAY NOT NULL,
                extra_columns VARCHAR ARRAY NOT NULL,
                shares VARCHAR(20),
                seed BIGINT NOT NULL,
                bom BOOLEAN NOT NULL,
                contactable_only BOOLEAN NOT NULL,
                keep_unconsented BOOLEAN NOT NULL,
                target VARCHAR NOT NULL,
                rows_written INT NOT NULL,
                rows_excluded INT NOT NULL,
                group_names VARCHAR ARRAY NOT NULL,
                customer_ids BLOB NOT NULL,
                customer_groups BLOB)""";
    private static final String COLUMNS = "id, created_at, preset, all_segments, segment_numbers, persona_names,"
            + " extra_columns, shares, seed, bom, contactable_only, keep_unconsented, target, rows_written, rows_excluded";

    private final Connection connection;
    private boolean prepared;

    ExportHistoryStore(Connection connection) {
        this.connection = connection;
    }

    /// Stores `record` with its customers and returns its id.
    long add(ExportRecord record, ExportedRows customers) throws SQLException {
        prepare();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO export_record (created_at, preset,"
                + " all_segments, segment_numbers, persona_names, extra_columns, shares, seed, bom, contactable_only,"
                + " keep_unconsented, target, rows_written, rows_excluded, group_names, customer_ids, customer_groups)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, OffsetDateTime.ofInstant(record.createdAt(), ZoneOffset.UTC));
            insert.setString(2, record.preset().name());
            insert.setBoolean(3, record.allSegments());
            insert.setArray(4, connection.createArrayOf("INT",
                    record.segments().stream().map(ExportedSegment::number).toArray()));
            insert.setArray(5, connection.createArrayOf("VARCHAR",
                    record.segments().stream().map(ExportedSegment::persona).toArray()));
            insert.setArray(6, connection.createArrayOf("VARCHAR", record.columns().toArray()));
            insert.setString(7, record.split() == null ? null : record.split().text());
            insert.setLong(8, record.seed());
            insert.setBoolean(9, record.bom());
            insert.setBoolean(10, record.contactableOnly());
            insert.setBoolean(11, record.keepUnconsented());
            insert.setString(12, record.target());
            insert.setInt(13, record.rows());
            insert.setInt(14, record.excluded());
            insert.setArray(15, connection.createArrayOf("VARCHAR", customers.groupNames().toArray()));
            insert.setBytes(16, packIds(customers.ids()));
            if (customers.groups() == null) {
                insert.setNull(17, Types.BLOB);
            } else {
                insert.setBytes(17, customers.groups());
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /// Every export, newest first.
    List<ExportRecord> all() throws SQLException {
        prepare();
        List<ExportRecord> records = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + COLUMNS + " FROM export_record ORDER BY id DESC")) {
            while (rows.next()) {
                records.add(record(rows));
            }
        }
        return records;
    }

    Optional<ExportRecord> find(long id) throws SQLException {
        prepare();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM export_record WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(record(rows)) : Optional.empty();
            }
        }
    }

    /// The customers export `id` wrote, in file order; empty when there is no such export.
    Optional<List<ExportedCustomer>> customers(long id) throws SQLException {
        prepare();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT group_names, customer_ids, customer_groups FROM export_record WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                List<String> groupNames = strings(rows.getArray(1));
                String[] ids = unpackIds(rows.getBytes(2));
                byte[] groups = rows.getBytes(3);
                List<ExportedCustomer> customers = new ArrayList<>(ids.length);
                for (int i = 0; i < ids.length; i++) {
                    customers.add(new ExportedCustomer(ids[i], groups == null ? "" : groupNames.get(groups[i])));
                }
                return Optional.of(customers);
            }
        }
    }

    private static ExportRecord record(ResultSet rows) throws SQLException {
        Object[] numbers = (Object[]) rows.getArray(5).getArray();
        List<String> names = strings(rows.getArray(6));
        List<ExportedSegment> segments = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            segments.add(new ExportedSegment(((Number) numbers[i]).intValue(), names.get(i)));
        }
        String shares = rows.getString(8);
        return new ExportRecord(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                ExportPreset.valueOf(rows.getString(3)), rows.getBoolean(4), segments, strings(rows.getArray(7)),
                shares == null ? null : GroupSplit.parse(shares), rows.getLong(9), rows.getBoolean(10),
                rows.getBoolean(11), rows.getBoolean(12), rows.getString(13), rows.getInt(14), rows.getInt(15));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    static byte[] packIds(String[] ids) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(ids.length * 12 + 4);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(ids.length);
            for (String id : ids) {
                out.writeUTF(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String[] unpackIds(byte[] packed) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
            String[] ids = new String[in.readInt()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = in.readUTF();
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// H2 commits around DDL, so this runs before a write's own statements, never between them.
    private void prepare() throws SQLException {
        if (prepared) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
        }
        prepared = true;
    }
}
