package io.personae.analytics.exporter;

import io.personae.analytics.features.CustomerTable;
import io.personae.analytics.personas.ActionType;
import io.personae.analytics.personas.ActionVocabulary;
import io.personae.analytics.personas.CustomerStrategy;
import io.personae.analytics.personas.Persona;
import io.personae.analytics.personas.Segmentation;
import java.util.Arrays;
import java.util.List;

/// What every preset can say about an exported row: contact, segment, persona, actions and test
/// group, looked up by array index since it runs once per cell of up to a million rows.
final class RowFacts {

    final CustomerTable table;
    final int[] assignment;
    final String[] segmentLabels;
    final String[] personaNames;
    private final byte[] primary;
    private final byte[] secondary;
    private final String[] actionLabels;
    private final byte[] groups;
    private final List<String> groupNames;

    /// @param groups     per export position the group index, `null` without test groups
    /// @param groupNames the names of the groups in index order
    RowFacts(CustomerTable table, Segmentation segmentation, CustomerStrategy strategy, ActionVocabulary vocabulary,
            byte[] groups, List<String> groupNames) {
        this.table = table;
        this.assignment = segmentation.result().assignment();
        int k = segmentation.result().k();
        this.segmentLabels = new String[k];
        this.personaNames = new String[k];
        for (int s = 0; s < k; s++) {
            segmentLabels[s] = "Segment " + segmentation.result().number(s);
        }
        for (Persona persona : segmentation.personas()) {
            personaNames[persona.segment()] = persona.name();
        }
        this.primary = strategy.primary();
        this.secondary = strategy.secondary();
        this.actionLabels = Arrays.stream(ActionType.values()).map(vocabulary::label).toArray(String[]::new);
        this.groups = groups;
        this.groupNames = List.copyOf(groupNames);
    }

    String email(int row) {
        String email = table.emails()[row];
        return email == null ? "" : email.strip();
    }

    String firstName(int row) {
        return table.firstNames()[row];
    }

    String lastName(int row) {
        return table.lastNames()[row];
    }

    String segment(int row) {
        return segmentLabels[assignment[row]];
    }

    String persona(int row) {
        return personaNames[assignment[row]];
    }

    String primaryAction(int row) {
        return primary[row] < 0 ? "" : actionLabels[primary[row]];
    }

    String secondaryAction(int row) {
        return secondary[row] < 0 ? "" : actionLabels[secondary[row]];
    }

    boolean hasGroups() {
        return groups != null;
    }

    /// The test group of the row written at `position`.
    String group(int position) {
        return groupNames.get(groups[position]);
    }
}
