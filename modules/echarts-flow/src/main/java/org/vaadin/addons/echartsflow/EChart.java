package org.vaadin.addons.echartsflow;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.page.PendingJavaScriptResult;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.vaadin.addons.echartsflow.option.ChartOption;

/**
 * An Apache ECharts chart. The option is built on the server ({@link ChartOption}, or raw JSON)
 * and sent to the {@code <echarts-flow>} element as JSON text.
 *
 * <p>The server keeps the last full option and every merge sent since, and sends them again
 * when the component is attached anew, because the browser element (and its chart) is
 * created from scratch then. A full {@link #setOption} starts a new list of merges.
 *
 * <p>Without a height set, the element is 400 px high; it resizes its chart with its box.
 */
@Tag("echarts-flow")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./echarts-flow/echarts-flow.js")
public class EChart extends Component implements HasSize, HasStyle {

    static final String THEME_ATTRIBUTE = "chart-theme";
    static final String RENDERER_ATTRIBUTE = "renderer";

    private ChartOption option;
    private String optionJson;
    private final List<String> mergeJsons = new ArrayList<>();
    private ChartTheme theme;
    private ChartRenderer renderer;

    public EChart() {
        setTheme(ChartTheme.LIGHT);
        setRenderer(ChartRenderer.CANVAS);
    }

    public EChart(ChartOption option) {
        this();
        setOption(option);
    }

    /** Replaces the whole chart option (ECharts {@code notMerge: true}). */
    public void setOption(ChartOption option) {
        Objects.requireNonNull(option, "option");
        replace(option, option.toJson());
    }

    /** Replaces the whole chart option with raw ECharts option JSON; {@link #getOption()} is then {@code null}. */
    public void setRawOption(String json) {
        Objects.requireNonNull(json, "json");
        replace(null, json);
    }

    /**
     * Merges a partial option into the chart, as ECharts {@code setOption(partial)} does: the
     * chart instance stays, so it animates from the old values to the new ones. Series are
     * matched by {@code id} (or {@code name}), then by position.
     */
    public void mergeOption(ChartOption partial) {
        Objects.requireNonNull(partial, "partial");
        mergeRawOption(partial.toMergeJson());
    }

    /** Merges raw ECharts option JSON into the chart. */
    public void mergeRawOption(String json) {
        Objects.requireNonNull(json, "json");
        mergeJsons.add(json);
        if (isAttached()) {
            sendOption(json, false);
        }
    }

    private void replace(ChartOption newOption, String json) {
        option = newOption;
        optionJson = json;
        mergeJsons.clear();
        if (isAttached()) {
            sendOption(json, true);
        }
    }

    /** The last full option given to {@link #setOption}; merges are not applied to it. {@code null} after {@link #setRawOption}. */
    public ChartOption getOption() {
        return option;
    }

    /** The JSON of the last full option, or {@code null} before one is set. */
    public String getOptionJson() {
        return optionJson;
    }

    /** The merges applied since the last full option, oldest first. */
    public List<String> getMergeJsons() {
        return Collections.unmodifiableList(mergeJsons);
    }

    /** Switches the theme; the browser re-creates the chart with the current option and merges. */
    public void setTheme(ChartTheme theme) {
        this.theme = Objects.requireNonNull(theme, "theme");
        getElement().setAttribute(THEME_ATTRIBUTE, theme.getClientName());
    }

    public ChartTheme getTheme() {
        return theme;
    }

    /** Switches between canvas and SVG; the browser re-creates the chart with the current option and merges. */
    public void setRenderer(ChartRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        getElement().setAttribute(RENDERER_ATTRIBUTE, renderer.getClientName());
    }

    public ChartRenderer getRenderer() {
        return renderer;
    }

    /**
     * Renders the chart as a PNG at twice its size, on its background colour, and passes the
     * bytes to {@code png} once the browser has sent them. Nothing happens while detached.
     */
    public void exportPng(Consumer<byte[]> png) {
        exportPng(png, null);
    }

    /** As {@link #exportPng(Consumer)}, with a handler for a browser-side failure. */
    public void exportPng(Consumer<byte[]> png, Consumer<String> onError) {
        Objects.requireNonNull(png, "png");
        PendingJavaScriptResult result = call("exportPng");
        SerializableConsumer<String> success = dataUrl -> png.accept(decodeDataUrl(dataUrl));
        SerializableConsumer<String> failure = onError == null ? message -> { } : onError::accept;
        result.then(String.class, success, failure);
    }

    /** Decodes a base64 {@code data:} URL to its bytes. */
    static byte[] decodeDataUrl(String dataUrl) {
        if (dataUrl == null) {
            return new byte[0];
        }
        int comma = dataUrl.indexOf(',');
        return Base64.getDecoder().decode(comma < 0 ? dataUrl : dataUrl.substring(comma + 1));
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    public Registration addLegendSelectListener(ComponentEventListener<LegendSelectEvent> listener) {
        return addListener(LegendSelectEvent.class, listener);
    }

    public Registration addDataZoomListener(ComponentEventListener<DataZoomEvent> listener) {
        return addListener(DataZoomEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // A new browser element knows nothing: replay the full option, then the merges in order.
        if (optionJson != null) {
            sendOption(optionJson, true);
            for (String merge : mergeJsons) {
                sendOption(merge, false);
            }
        }
    }

    private void sendOption(String json, boolean notMerge) {
        call("setOption", json, notMerge);
    }

    // Waits for the element to be defined: calls may arrive before a lazily loaded module.
    private PendingJavaScriptResult call(String method, Serializable... args) {
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            params.append(i == 0 ? "" : ", ").append('$').append(i);
        }
        return getElement().executeJs("return customElements.whenDefined(this.localName).then(() => this."
                + method + "(" + params + "))", args);
    }
}
