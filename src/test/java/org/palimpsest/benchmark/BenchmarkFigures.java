package org.palimpsest.benchmark;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The figures of one run: printed as an aligned table for people and as {@code FIGURE name=value unit}
 * lines for scripts. A figure may carry its goal from the issue so that a miss stands out.
 */
final class BenchmarkFigures implements BenchmarkReport {

    /** {@code verdict}: "ok", "MISSED", or nothing where the goal is only shown next to the figure. */
    record Goal(String text, String verdict) {

        static Goal atLeast(double bound, double value) {
            return new Goal(">= " + BenchmarkTable.number(bound), value >= bound ? "ok" : "MISSED");
        }

        static Goal atMost(double bound, double value) {
            return new Goal("<= " + BenchmarkTable.number(bound), value <= bound ? "ok" : "MISSED");
        }

        static Goal about(double target) {
            return new Goal("about " + BenchmarkTable.number(target).replaceAll("\\.0+$", ""), "");
        }
    }

    private record Figure(String name, String label, double value, String unit, Goal goal, List<Double> samples) {}

    private final List<Figure> figures = new ArrayList<>();

    double median(String name, String label, String unit, List<Double> samples) {
        return add(name, label, unit, BenchmarkStats.median(samples), samples, null);
    }

    double single(String name, String label, String unit, double value) {
        return add(name, label, unit, value, List.of(value), null);
    }

    void withGoal(String name, String label, String unit, double value, List<Double> samples, Goal goal) {
        add(name, label, unit, value, samples, goal);
    }

    /** Also tells stderr at once, so that a long run shows progress. */
    private double add(String name, String label, String unit, double value, List<Double> samples, Goal goal) {
        Figure figure = new Figure(name, label, value, unit, goal, List.copyOf(samples));
        figures.add(figure);
        BenchmarkProgress.say("%s: %s %s", label, BenchmarkTable.number(value), unit);
        return value;
    }

    @Override
    public void print(PrintStream out) {
        BenchmarkTable table = new BenchmarkTable("figure", "value", "unit", "goal", "samples");
        for (Figure figure : figures) {
            String goal = figure.goal() == null
                    ? ""
                    : (figure.goal().text() + " " + figure.goal().verdict()).strip();
            String samples = figure.samples().size() < 2
                    ? ""
                    : "median of "
                            + figure.samples().stream()
                                    .map(BenchmarkTable::number)
                                    .collect(Collectors.joining(", "));
            table.row(figure.label(), BenchmarkTable.number(figure.value()), figure.unit(), goal, samples);
        }
        table.print(out);
        out.println();
        figures.forEach(figure -> out.println(line(figure.name(), figure.value(), figure.unit())));
    }

    /** Four significant digits at most, never an exponent, so that a script can read any figure alike. */
    static String line(String name, double value, String unit) {
        String number = Double.isNaN(value)
                ? "n/a"
                : Math.abs(value) >= 1000
                        ? String.format(Locale.ROOT, "%.0f", value)
                        : new BigDecimal(value)
                                .round(new MathContext(4))
                                .stripTrailingZeros()
                                .toPlainString();
        return "FIGURE " + name + "=" + number + " " + unit;
    }
}
