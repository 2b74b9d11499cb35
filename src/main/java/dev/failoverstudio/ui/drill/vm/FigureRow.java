package dev.failoverstudio.ui.drill.vm;

/** One key figure as shown: what, at which drill time, and how long after the incident or restore. */
public record FigureRow(String label, String at, String after) {
}
