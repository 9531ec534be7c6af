package io.tollgate.application.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Names what an edit changed, e.g. {@code "enabled: true → false, weight: 1 → 3"}, for an audit entry's detail. */
public final class RecordChanges {

    private RecordChanges() {}

    public static <R extends Record> String between(R before, R after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object old = value(component, before);
            Object now = value(component, after);
            if (!Objects.equals(old, now)) {
                changed.add(component.getName() + ": " + old + " → " + now);
            }
        }
        return changed.isEmpty() ? "no change" : String.join(", ", changed);
    }

    private static Object value(RecordComponent component, Record of) {
        try {
            return component.getAccessor().invoke(of);
        } catch (IllegalAccessException | InvocationTargetException unreadable) {
            throw new IllegalStateException("a record component cannot be read: " + component, unreadable);
        }
    }
}
