package dk.nextwork.systemstatus.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.systemstatus.SystemStatus;

/** {@code /app/system}: the started modules, for operators. */
@Route("system")
@Dependent
public class SystemStatusView extends VerticalLayout implements HasDynamicTitle {

    private final ResourceBundle texts;

    @Inject
    public SystemStatusView(SystemStatus status) {
        Locale locale = getLocale() != null && "en".equals(getLocale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("da");
        texts = ResourceBundle.getBundle("dk.nextwork.systemstatus.ui.texts", locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(ZoneId.of("Europe/Copenhagen"));

        SystemStatus.Report report = status.report();
        Grid<SystemStatus.ModuleStatus> modules = new Grid<>();
        modules.addColumn(SystemStatus.ModuleStatus::name).setHeader(texts.getString("module")).setAutoWidth(true);
        modules.addColumn(SystemStatus.ModuleStatus::version).setHeader(texts.getString("version")).setAutoWidth(true);
        modules.addColumn(m -> String.join(", ", m.dependsOn())).setHeader(texts.getString("dependsOn"));
        modules.addColumn(m -> time.format(m.installed())).setHeader(texts.getString("installed")).setAutoWidth(true);
        modules.addColumn(m -> time.format(m.updated())).setHeader(texts.getString("updated")).setAutoWidth(true);
        modules.addColumn(SystemStatus.ModuleStatus::description).setHeader(texts.getString("description"));
        modules.setItems(report.modules());
        modules.setAllRowsVisible(true);

        add(new H1(texts.getString("title")),
                new Paragraph(texts.getString("mode") + ": " + report.mode() + " · "
                        + texts.getString("repository") + ": " + report.repository()),
                modules);
    }

    @Override
    public String getPageTitle() {
        return texts.getString("title") + " · NExTWORK";
    }
}
