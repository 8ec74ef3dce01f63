package dk.nextwork.platform.bootstrap;

import java.time.Instant;
import java.util.Calendar;
import java.util.Map;

import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/**
 * The YAML dialect of bootstrap and export files: plain YAML, plus {@code !date} for a point in
 * time ({@code memberSince: !date '2025-03-01T00:00:00Z'}) so that dates keep their type.
 */
final class ContentYaml {

    static final Tag DATE = new Tag("!date");

    private ContentYaml() {
    }

    static LoadSettings loadSettings(String label) {
        ConstructNode date = new ConstructNode() {
            @Override
            public Object construct(Node node) {
                return Instant.parse(((ScalarNode) node).getValue());
            }
        };
        return LoadSettings.builder().setLabel(label).setTagConstructors(Map.of(DATE, date))
                .setMaxAliasesForCollections(10).build();
    }

    static DumpSettings dumpSettings() {
        return DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2).setWidth(120)
                .setSplitLines(false).build();
    }

    /** Dates as {@code !date}, multi-line text as literal blocks. */
    static final class Representer extends StandardRepresenter {

        Representer(DumpSettings settings) {
            super(settings);
            parentClassRepresenters.put(Calendar.class, data -> representScalar(DATE,
                    ((Calendar) data).toInstant().toString(), ScalarStyle.SINGLE_QUOTED));
            parentClassRepresenters.put(Instant.class, data -> representScalar(DATE, data.toString(),
                    ScalarStyle.SINGLE_QUOTED));
            representers.put(String.class, data -> {
                String text = (String) data;
                Node plain = new RepresentString().representData(text);
                return text.contains("\n") && plain instanceof ScalarNode scalar
                        && scalar.getTag().equals(Tag.STR) ? representScalar(Tag.STR, text, ScalarStyle.LITERAL) : plain;
            });
        }
    }
}
