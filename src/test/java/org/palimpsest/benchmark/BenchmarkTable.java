package org.palimpsest.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain text table with columns as wide as their widest cell; text left-aligned, numbers right-aligned. */
final class BenchmarkTable {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    BenchmarkTable(String... headers) {
        this.headers = List.of(headers);
    }

    void row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        rows.add(List.of(cells));
    }

    void print(PrintStream out) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        out.println(line(headers, widths));
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append(rule.isEmpty() ? "" : "  ").append("-".repeat(width));
        }
        out.println(rule);
        rows.forEach(row -> out.println(line(row, widths)));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String format = isNumber(cell) ? "%" + widths[c] + "s" : "%-" + widths[c] + "s";
            line.append(c == 0 ? "" : "  ").append(String.format(format, cell));
        }
        return line.toString().stripTrailing();
    }

    private static boolean isNumber(String cell) {
        return cell.matches("-?[0-9][0-9.,]*(e-?[0-9]+)?") || cell.equals("n/a");
    }

    /** Three significant figures or so: enough for a noisy machine, short enough to scan. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        return magnitude >= 100
                ? String.format("%.0f", value)
                : magnitude >= 10
                        ? String.format("%.1f", value)
                        : magnitude >= 1 || magnitude == 0
                                ? String.format("%.2f", value)
                                : String.format("%.3g", value);
    }
}
