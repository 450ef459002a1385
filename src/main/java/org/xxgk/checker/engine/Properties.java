package org.xxgk.checker.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a named property of a fact the way DRL does: a record accessor {@code name()}, or {@code getName()}/{@code
 * isName()}. The accessor is taken from a public type (for a JDK collection: from {@code Collection}), because the
 * classes behind {@code List.of()} and the like are not public.
 */
final class Properties {
    /** For each class, its accessors by property name; a class's cache goes with the class. */
    private static final ClassValue<Map<String, Optional<Method>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };
    private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString");

    private Properties() {
    }

    /** The property's value, or empty when the object has no such property or its value is {@code null}. */
    static Optional<Object> read(Object target, String name) {
        if (target == null) {
            return Optional.empty();
        }
        return accessor(target, name).map(accessor -> invoke(accessor, target));
    }

    /** The accessor of an object's property, or empty when the object has no such property. */
    static Optional<Method> accessor(Object target, String name) {
        return ACCESSORS.get(target.getClass()).computeIfAbsent(name, key -> find(target.getClass(), key));
    }

    /** The value an accessor of {@link #accessor} reads from the object, which may be {@code null}. */
    static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException e) {
            return null;
        } catch (InvocationTargetException e) {
            // an accessor that fails is a defect of the checker, which must not show as a message with a part missing
            throw new IllegalStateException(accessor + " failed on " + target.getClass().getSimpleName(), e.getCause());
        }
    }

    /** The declared type of a type's property, or empty when the type has no such property. */
    static Optional<Class<?>> type(Class<?> type, String name) {
        return find(type, name).map(Method::getReturnType);
    }

    /** The properties a type declares itself, by name, sorted: what a message may name instead of a misspelt one. */
    static List<String> names(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && method.getParameterCount() == 0 && method.getReturnType() != void.class
                        && !OBJECT_METHODS.contains(method.getName()))
                .map(method -> property(method.getName()))
                .distinct().sorted().toList();
    }

    /** "getLabel" and "isEmpty" name the properties "label" and "empty"; a record's "label" names itself. */
    private static String property(String method) {
        for (String prefix : new String[] {"get", "is"}) {
            if (method.length() > prefix.length() && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                return Character.toLowerCase(method.charAt(prefix.length())) + method.substring(prefix.length() + 1);
            }
        }
        return method;
    }

    private static Optional<Method> find(Class<?> type, String name) {
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Deque<Class<?>> types = new ArrayDeque<>();
        types.add(type);
        while (!types.isEmpty()) {
            Class<?> candidate = types.poll();
            if (Modifier.isPublic(candidate.getModifiers())) {
                for (String method : new String[] {name, "get" + capitalized, "is" + capitalized}) {
                    try {
                        Method accessor = candidate.getMethod(method);
                        if (accessor.getReturnType() != void.class && Modifier.isPublic(accessor.getDeclaringClass().getModifiers())) {
                            return Optional.of(accessor);
                        }
                    } catch (NoSuchMethodException e) {
                        // try the next naming convention
                    }
                }
            }
            if (candidate.getSuperclass() != null) {
                types.add(candidate.getSuperclass());
            }
            types.addAll(List.of(candidate.getInterfaces()));
        }
        return Optional.empty();
    }
}
