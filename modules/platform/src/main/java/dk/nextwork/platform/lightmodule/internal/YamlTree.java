package dk.nextwork.platform.lightmodule.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** A YAML document read with line numbers, so that every complaint can say where. */
final class YamlTree {

    private final Node node;

    private YamlTree(Node node) {
        this.node = node;
    }

    static YamlTree parse(String source, String text) throws DefinitionException {
        try {
            Optional<Node> root = new Compose(LoadSettings.builder().setLabel(source).build()).composeString(text);
            return new YamlTree(root.orElseThrow(() -> new DefinitionException(1, "the file is empty")));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
            throw new DefinitionException(line, "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new DefinitionException(0, "not valid YAML: " + e.getMessage());
        }
    }

    int line() {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    Map<String, YamlTree> mapping(String what) throws DefinitionException {
        if (!(node instanceof MappingNode mapping)) {
            throw new DefinitionException(line(), what + " must be a mapping");
        }
        Map<String, YamlTree> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlTree key = new YamlTree(tuple.getKeyNode());
            if (entries.put(key.text("a key"), new YamlTree(tuple.getValueNode())) != null) {
                throw new DefinitionException(key.line(), "'" + key.text("a key") + "' appears twice");
            }
        }
        return entries;
    }

    /** A mapping whose keys must all be known. */
    Map<String, YamlTree> mapping(String what, Set<String> knownKeys) throws DefinitionException {
        Map<String, YamlTree> entries = mapping(what);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                YamlTree key = new YamlTree(tuple.getKeyNode());
                if (!knownKeys.contains(key.text("a key"))) {
                    throw new DefinitionException(key.line(), "unknown key '" + key.text("a key") + "' in " + what
                            + " (known: " + String.join(", ", knownKeys.stream().sorted().toList()) + ")");
                }
            }
        }
        return entries;
    }

    List<YamlTree> sequence(String what) throws DefinitionException {
        if (!(node instanceof SequenceNode sequence)) {
            throw new DefinitionException(line(), what + " must be a list");
        }
        List<YamlTree> items = new ArrayList<>();
        sequence.getValue().forEach(item -> items.add(new YamlTree(item)));
        return items;
    }

    String text(String what) throws DefinitionException {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw new DefinitionException(line(), what + " must be a non-empty text");
        }
        return scalar.getValue().trim();
    }

    boolean bool(String what) throws DefinitionException {
        String text = text(what);
        if (!text.equals("true") && !text.equals("false")) {
            throw new DefinitionException(line(), what + " must be true or false, not '" + text + "'");
        }
        return Boolean.parseBoolean(text);
    }

    long whole(String what, long min, long max) throws DefinitionException {
        String text = text(what);
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new DefinitionException(line(), what + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new DefinitionException(line(), what + " must be a whole number, not '" + text + "'");
        }
    }

    double number(String what) throws DefinitionException {
        String text = text(what);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new DefinitionException(line(), what + " must be a number, not '" + text + "'");
        }
    }

    /** A text or a list of texts, as a list. */
    List<String> texts(String what) throws DefinitionException {
        List<String> texts = new ArrayList<>();
        if (node instanceof SequenceNode) {
            for (YamlTree item : sequence(what)) {
                texts.add(item.text(what));
            }
        } else {
            texts.add(text(what));
        }
        return texts;
    }
}
