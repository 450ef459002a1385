package org.xxgk.checker.engine;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads a named property of a fact the way DRL does: a record accessor {@code name()}, or {@code getName()}/{@code isName()}. */
final class Properties {
    private static final Map<String, Optional<Method>> ACCESSORS = new ConcurrentHashMap<>();

    private Properties() {
    }

    /** The property's value, or empty when the object has no such property. */
    static Optional<Object> read(Object target, String name) {
        if (target == null) {
            return Optional.empty();
        }
        Optional<Method> accessor = ACCESSORS.computeIfAbsent(target.getClass().getName() + "#" + name,
                key -> find(target.getClass(), name));
        if (accessor.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(accessor.get().invoke(target));
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }

    private static Optional<Method> find(Class<?> type, String name) {
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] {name, "get" + capitalized, "is" + capitalized}) {
            try {
                Method method = type.getMethod(candidate);
                if (method.getParameterCount() == 0 && method.getReturnType() != void.class) {
                    method.setAccessible(true);
                    return Optional.of(method);
                }
            } catch (NoSuchMethodException e) {
                // try the next naming convention
            }
        }
        return Optional.empty();
    }
}
