package dk.nextwork.systemstatus.ui;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Role;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.systemstatus.SystemStatus;

/** {@code /app/system}: the started modules, for operators. */
@Route(value = "system", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_ID)
@Dependent
public class SystemStatusView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public SystemStatusView(SystemStatus status) {
        Locale locale = getLocale();

        SystemStatus.Report report = status.report();
        Grid<SystemStatus.ModuleStatus> modules = new Grid<>();
        modules.addColumn(SystemStatus.ModuleStatus::name).setHeader(getTranslation("system.module")).setAutoWidth(true);
        modules.addColumn(SystemStatus.ModuleStatus::version).setHeader(getTranslation("system.version")).setAutoWidth(true);
        modules.addColumn(m -> String.join(", ", m.dependsOn())).setHeader(getTranslation("system.dependsOn"));
        modules.addColumn(m -> Formats.moment(m.installed(), locale)).setHeader(getTranslation("system.installed")).setAutoWidth(true);
        modules.addColumn(m -> Formats.moment(m.updated(), locale)).setHeader(getTranslation("system.updated")).setAutoWidth(true);
        modules.addColumn(SystemStatus.ModuleStatus::description).setHeader(getTranslation("system.description"));
        modules.setItems(report.modules());
        modules.setAllRowsVisible(true);

        add(new H1(getTranslation("system.title")),
                new Paragraph(getTranslation("system.mode") + ": " + report.mode() + " · "
                        + getTranslation("system.repository") + ": " + report.repository()),
                modules);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("system.title"));
    }
}
