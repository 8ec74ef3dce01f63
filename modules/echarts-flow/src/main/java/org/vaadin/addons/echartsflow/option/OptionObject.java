package org.vaadin.addons.echartsflow.option;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of every option object. Fields are serialised under their own names (which are the
 * ECharts names), getters are ignored so that they never leak extra keys, and {@code null}
 * fields are left out so that ECharts applies its own defaults.
 *
 * @param <T> the concrete type, so that fluent setters keep it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public abstract class OptionObject<T extends OptionObject<T>> implements Serializable {

    // transient: not a field Jackson should see; written through the any-getter below
    private transient Map<String, Object> extra;

    /**
     * Sets any ECharts property this class does not model. The value is serialised with
     * Jackson, so it may be a string, number, boolean, list, map or another option object.
     * Setting {@code null} removes the property.
     */
    public T set(String key, Object value) {
        if (value == null) {
            if (extra != null) {
                extra.remove(key);
            }
        } else {
            if (extra == null) {
                extra = new LinkedHashMap<>();
            }
            extra.put(key, value);
        }
        return self();
    }

    /** The value set with {@link #set(String, Object)}, or {@code null}. */
    public Object get(String key) {
        return extra == null ? null : extra.get(key);
    }

    @JsonAnyGetter
    Map<String, Object> additionalProperties() {
        return extra == null ? Map.of() : extra;
    }

    @SuppressWarnings("unchecked")
    protected final T self() {
        return (T) this;
    }

    /** This object as ECharts option JSON. */
    public String toJson() {
        return OptionJson.write(this);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + toJson();
    }
}
