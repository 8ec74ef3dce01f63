package dk.nextwork.messaging.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.messaging.MessagingRoutes;
import dk.nextwork.messaging.journal.Agenda;
import dk.nextwork.messaging.journal.Journal;
import dk.nextwork.messaging.journal.SharedEntry;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.TouchTarget;

/**
 * {@code /app/agenda}: the next meetings of the viewer's groups with the experiences the young
 * people shared for them, each opening its discussion. For the group's young people and counsellor,
 * and coordinators reading along.
 */
@Route(value = MessagingRoutes.AGENDA, layout = MainLayout.class)
@CssImport("./nextwork-messaging/messaging.css")
@RolesAllowed({Role.YOUTH_ID, Role.COUNSELLOR_ID, Role.COORDINATOR_ID})
@Dependent
public class AgendaView extends VerticalLayout implements HasDynamicTitle {

    private final List<Agenda> agendas;

    @Inject
    public AgendaView(Journal journal) {
        Caller caller = CurrentUser.caller();
        addClassName("agenda-view");
        add(new H1(getTranslation("messaging.agenda.title")));
        agendas = journal.agendas(caller);
        if (agendas.isEmpty()) {
            add(new Paragraph(getTranslation("messaging.agenda.none")));
        }
        for (Agenda agenda : agendas) {
            add(agenda(agenda));
        }
        if (caller.user().has(Role.YOUTH)) {
            add(new Paragraph(TouchTarget.link(new Anchor(MessagingRoutes.JOURNAL, getTranslation("messaging.agenda.shareOwn")))));
        }
    }

    private Div agenda(Agenda agenda) {
        Div section = new Div();
        section.addClassName("agenda");
        section.add(new H2(getTranslation("messaging.agenda.meeting", agenda.groupName(), agenda.meeting().getDayOfWeek(),
                dk.nextwork.platform.i18n.Formats.dayAndShortMonth(agenda.meeting().toLocalDate(), getLocale()),
                agenda.meeting().toLocalTime())));
        if (agenda.entries().isEmpty()) {
            section.add(new Paragraph(getTranslation("messaging.agenda.empty")));
        }
        for (SharedEntry entry : agenda.entries()) {
            section.add(ExperienceCard.of(entry).with(TouchTarget.link(new Anchor(MessagingRoutes.channel(entry.thread()),
                    getTranslation("messaging.agenda.comments")))));
        }
        return section;
    }

    List<Agenda> agendas() {
        return agendas;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("messaging.agenda.title"));
    }
}
