package org.strategytracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG 1.4.11 (non-text contrast) for what the charts and badges draw: each colour keeps at least
 * 3:1 against the background it sits on. The colours are read from the served charts.js and
 * app.css, so a new or changed colour is checked without touching this test.
 */
class ChartPaletteContrastTest {

  static final String WHITE = "#ffffff";

  @Test
  void everyChartColourStandsOutFromTheWhiteChartBackground() throws IOException {
    String charts = served("js/charts.js");
    Matcher block =
        Pattern.compile("export const PALETTE = \\{(.*?)\\};", Pattern.DOTALL).matcher(charts);
    assertThat(block.find()).as("charts.js exports one PALETTE object").isTrue();
    Map<String, String> palette = colours(block.group(1), "(\\w+): '(#[0-9a-fA-F]{6})'");
    assertThat(palette).containsKeys("PLANNED", "IN_PROGRESS", "ON_HOLD", "COMPLETED", "CANCELLED");
    palette.forEach(
        (key, colour) ->
            assertThat(contrast(colour, WHITE))
                .as("%s %s on white", key, colour)
                .isGreaterThanOrEqualTo(3.0));
  }

  @Test
  void everyBadgeBorderStandsOutFromThePageAndItsTextFromItsFill() throws IOException {
    String css = served("css/app.css");
    Map<String, String> variables = colours(css, "--([\\w-]+): (#[0-9a-fA-F]{6});");
    Matcher badge =
        Pattern.compile(
                "\\.((?:status|health)-\\w+) \\{ color: ([^;]+);(?: background: ([^;]+);)? \\}")
            .matcher(css);
    int badges = 0;
    while (badge.find()) {
      badges++;
      String text = resolve(badge.group(2), variables);
      String fill = badge.group(3) == null ? WHITE : resolve(badge.group(3), variables);
      assertThat(contrast(text, WHITE))
          .as("%s: its border (the text colour %s) on the white page", badge.group(1), text)
          .isGreaterThanOrEqualTo(3.0);
      assertThat(contrast(text, fill))
          .as("%s: text %s on %s", badge.group(1), text, fill)
          .isGreaterThanOrEqualTo(4.5);
    }
    assertThat(badges).as("status and health badges in app.css").isGreaterThanOrEqualTo(8);
  }

  private static Map<String, String> colours(String source, String regex) {
    Map<String, String> found = new LinkedHashMap<>();
    Matcher entry = Pattern.compile(regex).matcher(source);
    while (entry.find()) {
      found.put(entry.group(1), entry.group(2));
    }
    return found;
  }

  private static String resolve(String value, Map<String, String> variables) {
    String trimmed = value.trim();
    if (trimmed.startsWith("var(--")) {
      return variables.get(trimmed.substring("var(--".length(), trimmed.length() - 1));
    }
    if (trimmed.matches("#[0-9a-fA-F]{3}")) {
      return "#" + trimmed.substring(1).replaceAll("(.)", "$1$1");
    }
    return trimmed;
  }

  /** The WCAG contrast ratio of two sRGB colours. */
  static double contrast(String one, String other) {
    double a = luminance(one);
    double b = luminance(other);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(String hex) {
    double[] channels = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }

  private static String served(String path) throws IOException {
    try (InputStream in =
        ChartPaletteContrastTest.class.getResourceAsStream("/META-INF/resources/" + path)) {
      assertThat(in).as(path + " on the classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
