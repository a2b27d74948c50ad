package org.strategytracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strategytracker.events.measure.Health;
import org.strategytracker.events.measure.KpiDirection;
import org.strategytracker.events.measure.Status;
import org.strategytracker.platform.german.German;

/**
 * The web interface shows a status, a traffic light, a KPI direction or a source in the same words
 * as the history's sentences, the reports and the rejections: its {@code js/text.js} against the
 * server's vocabulary.
 */
class UiVocabularyTest {

  static final String TEXT_JS = "/META-INF/resources/js/text.js";

  @Test
  void namesEveryCodeInTheWordsOfTheServer() throws IOException {
    String js = textJs();

    assertThat(words(js, "STATUS")).isEqualTo(server(Status.values(), German::status));
    assertThat(words(js, "HEALTH")).isEqualTo(server(Health.values(), German::health));
    assertThat(words(js, "DIRECTION")).isEqualTo(server(KpiDirection.values(), German::direction));
    assertThat(words(js, "SOURCE"))
        .isEqualTo(
            List.of("import", "ui", "api").stream()
                .collect(Collectors.toMap(s -> s, German::source)));
  }

  private static <E extends Enum<E>> Map<String, String> server(
      E[] codes, Function<E, String> word) {
    return Arrays.stream(codes).collect(Collectors.toMap(Enum::name, word));
  }

  /** The entries of {@code export const NAME = { CODE: 'word', ... };} in text.js. */
  private static Map<String, String> words(String js, String name) {
    Matcher object =
        Pattern.compile("export const " + name + " = \\{(.*?)\\};", Pattern.DOTALL).matcher(js);
    assertThat(object.find()).as("text.js exports " + name).isTrue();
    Map<String, String> words = new LinkedHashMap<>();
    Matcher entry = Pattern.compile("(\\w+): '([^']*)'").matcher(object.group(1));
    while (entry.find()) {
      words.put(entry.group(1), entry.group(2));
    }
    return words;
  }

  private static String textJs() throws IOException {
    try (InputStream in = UiVocabularyTest.class.getResourceAsStream(TEXT_JS)) {
      assertThat(in).as(TEXT_JS + " of the web-ui module on the class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
