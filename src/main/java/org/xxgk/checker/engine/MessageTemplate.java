package org.xxgk.checker.engine;

import org.xxgk.checker.report.Cell;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * A rule's message with placeholders for the values its conditions bound: {@code {$check.left}} is the property
 * {@code left} of the binding {@code $check}. Text in {@code [ ]} appears only when every placeholder inside it has
 * a value, e.g. {@code [（未填数字按0计算：{$check.assumedZero}）]}.
 */
public final class MessageTemplate {
    private final String source;
    /** A list longer than this is cut short in a message, which stays readable: the finding's cells keep every item. */
    private static final int LISTED_IN_FULL = 8;

    private final List<Part> parts;

    private sealed interface Part permits Text, Placeholder, Conditional {
    }

    private record Text(String text) implements Part {
    }

    private record Placeholder(String binding, List<String> path) implements Part {
    }

    private record Conditional(List<Part> parts) implements Part {
    }

    private MessageTemplate(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
    }

    /** Parses a template; throws {@link IllegalArgumentException} saying what is wrong with it. */
    public static MessageTemplate parse(String source) {
        List<Part> parts = new ArrayList<>();
        int end = parse(source, 0, parts);
        if (end != source.length()) {
            throw new IllegalArgumentException("多余的“]”（第 " + (end + 1) + " 个字符）");
        }
        return new MessageTemplate(source, List.copyOf(parts));
    }

    private static int parse(String source, int from, List<Part> parts) {
        StringBuilder text = new StringBuilder();
        int i = from;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '{') {
                int close = source.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("占位符“{”没有对应的“}”（第 " + (i + 1) + " 个字符）");
                }
                String name = source.substring(i + 1, close).strip();
                if (!name.matches("\\$[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
                    throw new IllegalArgumentException("占位符“{" + name + "}”应写作 {$变量} 或 {$变量.属性}");
                }
                flush(text, parts);
                String[] path = name.split("\\.");
                parts.add(new Placeholder(path[0], List.of(path).subList(1, path.length)));
                i = close + 1;
            } else if (c == '[') {
                flush(text, parts);
                List<Part> inner = new ArrayList<>();
                int close = parse(source, i + 1, inner);
                if (close >= source.length()) {
                    throw new IllegalArgumentException("“[”没有对应的“]”（第 " + (i + 1) + " 个字符）");
                }
                parts.add(new Conditional(List.copyOf(inner)));
                i = close + 1;
            } else if (c == ']') {
                flush(text, parts);
                return i;
            } else {
                text.append(c);
                i++;
            }
        }
        flush(text, parts);
        return i;
    }

    private static void flush(StringBuilder text, List<Part> parts) {
        if (!text.isEmpty()) {
            parts.add(new Text(text.toString()));
            text.setLength(0);
        }
    }

    /** The names of the bindings the template uses, e.g. {@code $check}. */
    public List<String> bindings() {
        return placeholders().stream().map(Placeholder::binding).distinct().toList();
    }

    /**
     * The first placeholder naming a property that the type of its binding (as the conditions declare it) lacks,
     * described for the rule's author, e.g. "{$check.actaul}：SumCheck 没有属性“actaul”（有：…）". A type that is
     * not final may stand for a subtype with more properties at run time: such a placeholder is not judged.
     *
     * @param typeOfBinding the declared type of a binding, {@code null} for one the conditions do not bind
     */
    public Optional<String> unknownProperty(Function<String, Class<?>> typeOfBinding) {
        for (Placeholder placeholder : placeholders()) {
            Class<?> type = typeOfBinding.apply(placeholder.binding());
            for (int i = 0; type != null && i < placeholder.path().size(); i++) {
                String property = placeholder.path().get(i);
                Optional<Class<?>> next = Properties.type(type, property);
                if (next.isEmpty() && Modifier.isFinal(type.getModifiers())) {
                    return Optional.of("{" + placeholder.binding() + "." + String.join(".", placeholder.path())
                            + "}：" + type.getSimpleName() + " 没有属性“" + property + "”（有："
                            + String.join("、", Properties.names(type)) + "）");
                }
                type = next.orElse(null);
            }
        }
        return Optional.empty();
    }

    private List<Placeholder> placeholders() {
        List<Placeholder> placeholders = new ArrayList<>();
        collect(parts, placeholders);
        return placeholders;
    }

    private static void collect(List<Part> parts, List<Placeholder> placeholders) {
        for (Part part : parts) {
            if (part instanceof Placeholder placeholder) {
                placeholders.add(placeholder);
            } else if (part instanceof Conditional conditional) {
                collect(conditional.parts(), placeholders);
            }
        }
    }

    /** The message with each placeholder replaced by the value it names. */
    public String render(Map<String, Object> bindings) {
        StringBuilder out = new StringBuilder();
        render(parts, bindings, out);
        return out.toString();
    }

    private static boolean render(List<Part> parts, Map<String, Object> bindings, StringBuilder out) {
        boolean complete = true;
        for (Part part : parts) {
            if (part instanceof Text text) {
                out.append(text.text());
            } else if (part instanceof Placeholder placeholder) {
                String value = format(resolve(placeholder, bindings));
                complete &= !value.isEmpty();
                out.append(value);
            } else if (part instanceof Conditional conditional) {
                StringBuilder inner = new StringBuilder();
                if (render(conditional.parts(), bindings, inner)) {
                    out.append(inner);
                }
            }
        }
        return complete;
    }

    private static Object resolve(Placeholder placeholder, Map<String, Object> bindings) {
        Object value = bindings.get(placeholder.binding());
        for (String property : placeholder.path()) {
            if (value == null) {
                return null;
            }
            Optional<Method> accessor = Properties.accessor(value, property);
            if (accessor.isEmpty()) {
                // a misspelt property shows in the message, and so fails the rule's fixtures, instead of a blank
                return "‹" + value.getClass().getSimpleName() + " 没有属性 " + property + "›";
            }
            value = Properties.invoke(accessor.get(), value);
        }
        return value;
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Cell cell) {
            return cell.label();
        }
        if (value instanceof Collection<?> items) {
            Set<String> distinct = new LinkedHashSet<>();
            flatten(items, distinct);
            if (distinct.size() <= LISTED_IN_FULL) {
                return String.join("、", distinct);
            }
            return String.join("、", distinct.stream().limit(LISTED_IN_FULL).toList()) + "等，共" + distinct.size() + "项";
        }
        return value.toString();
    }

    private static void flatten(Collection<?> items, Set<String> out) {
        for (Object item : items) {
            if (item instanceof Collection<?> inner) {
                flatten(inner, out);
            } else {
                out.add(format(item));
            }
        }
    }

    @Override
    public String toString() {
        return source;
    }
}
