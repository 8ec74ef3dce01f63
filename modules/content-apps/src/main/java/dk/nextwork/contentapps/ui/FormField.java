package dk.nextwork.contentapps.ui;

import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

/**
 * One field of a generated form: the component the editor uses, and how its value becomes the
 * stored value of one property in one language ({@code null} for empty) and back.
 *
 * @param key the stored property name ({@code title}, {@code title_en})
 */
record FormField<V>(String key, Component component, HasValue<?, V> input, Function<Object, V> toInput,
                    Function<V, Object> toStored) {

    Object value() {
        return toStored.apply(input.getValue());
    }

    void setValue(Object stored) {
        V value = toInput.apply(stored);
        if (value == null) {
            input.clear();
        } else {
            input.setValue(value);
        }
    }

    void showError(String message) {
        if (input instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(true);
        }
    }

    void clearError() {
        if (input instanceof HasValidation validated) {
            validated.setInvalid(false);
            validated.setErrorMessage(null);
        }
    }
}
