package dk.nextwork.messaging.ui;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.messaging.Channel;
import dk.nextwork.messaging.ChannelMessages;
import dk.nextwork.messaging.Message;
import dk.nextwork.messaging.MessagingRefusedException;
import dk.nextwork.messaging.MessagingRoutes;
import dk.nextwork.messaging.network.CompanyNetwork;
import dk.nextwork.messaging.network.NetworkAgendaItem;
import dk.nextwork.messaging.network.NetworkMeeting;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.TouchTarget;

/**
 * {@code /app/network}: the company network's monthly meetings for its representatives and the
 * coordinators: the next meeting's agenda, sharing an experience and putting it on it, and the
 * notes of the meetings held; a coordinator also plans the next meeting and writes the notes.
 */
@Route(value = MessagingRoutes.NETWORK, layout = MainLayout.class)
@CssImport("./nextwork-messaging/messaging.css")
@RolesAllowed({Role.COMPANY_REP_ID, Role.COORDINATOR_ID})
@Dependent
public class NetworkView extends VerticalLayout implements HasDynamicTitle {

    private final CompanyNetwork network;
    private final Caller caller;
    private final boolean coordinator;
    private final Paragraph status = Messages.status("network-status");
    private final Div next = new Div();
    private final Div earlier = new Div();
    private final TextArea experience = TouchTarget.field(new TextArea());
    private final Checkbox onAgenda = new Checkbox();
    private final Paragraph shareProblem = Messages.problem("network-share-problem");

    @Inject
    public NetworkView(CompanyNetwork network) {
        this.network = network;
        this.caller = CurrentUser.caller();
        this.coordinator = caller.user().has(Role.COORDINATOR);
        addClassName("network-view");
        next.addClassName("network-next");
        earlier.addClassName("network-earlier");
        add(new H1(getTranslation("messaging.network.title")), new Paragraph(getTranslation("messaging.network.intro")), status, next);
        if (coordinator) {
            add(planForm());
        }
        add(shareForm(), earlier);
        show();
    }

    private void show() {
        Optional<NetworkMeeting> coming = network.next(caller);
        showNext(coming);
        onAgenda.setVisible(coming.isPresent());
        onAgenda.setValue(onAgenda.getValue() && coming.isPresent());
        earlier.removeAll();
        earlier.add(new H2(getTranslation("messaging.network.earlier")));
        List<NetworkMeeting> held = network.earlier(caller);
        if (held.isEmpty()) {
            earlier.add(new Paragraph(getTranslation("messaging.network.noEarlier")));
        }
        held.forEach(meeting -> earlier.add(heldMeeting(meeting)));
    }

    private void showNext(Optional<NetworkMeeting> coming) {
        next.removeAll();
        if (coming.isEmpty()) {
            next.add(new H2(getTranslation("messaging.network.noNext")));
            return;
        }
        NetworkMeeting meeting = coming.get();
        next.add(new H2(getTranslation("messaging.network.next", meeting.day().getDayOfWeek(),
                Formats.dayAndShortMonth(meeting.day(), getLocale()), meeting.time().orElseThrow())));
        next.add(new H3(getTranslation("messaging.network.agenda")));
        if (meeting.agenda().isEmpty()) {
            next.add(new Paragraph(getTranslation("messaging.network.agendaEmpty")));
        }
        for (NetworkAgendaItem item : meeting.agenda()) {
            ExperienceCard card = card(item.authorName(), item.written(), item.text());
            card.addClassName("network-agenda-item");
            if (item.canWithdraw()) {
                Button withdraw = new Button(getTranslation("messaging.network.withdraw"),
                        click -> run(() -> network.withdraw(caller, item.seq()), "messaging.network.withdrawn"));
                withdraw.addClassName("network-withdraw");
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                card.with(withdraw);
            }
            next.add(card);
        }
        List<Message> mine = network.proposable(caller);
        if (!mine.isEmpty()) {
            next.add(new H3(getTranslation("messaging.network.yours")));
            for (Message message : mine) {
                ExperienceCard card = card(message.authorName(), message.at(), message.text());
                card.addClassName("network-own");
                Button propose = new Button(getTranslation("messaging.network.propose"),
                        click -> run(() -> network.propose(caller, message.seq()), "messaging.network.proposed"));
                propose.addClassName("network-propose");
                card.with(propose);
                next.add(card);
            }
        }
        next.add(new Paragraph(TouchTarget.link(new Anchor(MessagingRoutes.channel(Channel.COMPANIES_ID),
                getTranslation("messaging.network.openChannel")))));
        if (coordinator) {
            Button cancel = new Button(getTranslation("messaging.network.cancel"), click -> {
                ConfirmDialog sure = new ConfirmDialog(getTranslation("messaging.network.cancelTitle"),
                        getTranslation("messaging.network.cancelText"), getTranslation("messaging.network.cancel"),
                        confirmed -> run(() -> network.cancel(caller, meeting.day()), "messaging.network.cancelled"));
                sure.setCancelable(true);
                sure.setCancelText(getTranslation("messaging.network.keep"));
                sure.open();
            });
            cancel.addClassName("network-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            next.add(cancel);
        }
    }

    private ExperienceCard card(String author, Instant at, String text) {
        return new ExperienceCard(author, getTranslation("messaging.network.sharedOn", Formats.date(at, getLocale())), text);
    }

    private Div planForm() {
        DatePicker day = new DatePicker(getTranslation("messaging.network.planDay"));
        day.setLocale(getLocale());
        day.setMin(network.today());
        day.setId("network-plan-day");
        TimePicker time = new TimePicker(getTranslation("messaging.network.planTime"));
        time.setLocale(getLocale());
        time.setValue(LocalTime.of(8, 30));
        time.setId("network-plan-time");
        Paragraph problem = Messages.problem("network-plan-problem");
        Button save = new Button(getTranslation("messaging.network.planSave"), click -> {
            try {
                network.plan(caller, day.getValue(), time.getValue());
                problem.setText("");
                day.clear();
                status.setText(getTranslation("messaging.network.planned"));
                show();
            } catch (MessagingRefusedException refused) {
                problem.setText(getTranslation(refused.reason(), refused.values()));
            }
        });
        save.setId("network-plan-save");
        FlexLayout fields = new FlexLayout(day, time);
        fields.addClassName("journal-fields");
        Div form = new Div(new H2(getTranslation("messaging.network.plan")), fields, problem, save);
        form.addClassName("network-plan");
        return form;
    }

    private Div shareForm() {
        experience.setLabel(getTranslation("messaging.network.shareText"));
        experience.setHelperText(getTranslation("messaging.network.shareHelp"));
        experience.setMaxLength(ChannelMessages.MAX_LENGTH);
        experience.setWidthFull();
        experience.setId("network-share-text");
        onAgenda.setLabel(getTranslation("messaging.network.onAgenda"));
        onAgenda.setId("network-share-agenda");
        Button send = new Button(getTranslation("messaging.network.send"), click -> share());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("network-share-send");
        Div form = new Div(new H2(getTranslation("messaging.network.share")), experience, onAgenda, shareProblem, send);
        form.addClassName("journal-form");
        return form;
    }

    private void share() {
        boolean toAgenda = onAgenda.isVisible() && onAgenda.getValue();
        try {
            network.share(caller, experience.getValue(), toAgenda);
            experience.clear();
            onAgenda.setValue(false);
            shareProblem.setText("");
            status.setText(getTranslation(toAgenda ? "messaging.network.sharedOnAgenda" : "messaging.network.shared"));
            show();
        } catch (MessagingRefusedException refused) {
            // what was written stays, to mend
            shareProblem.setText(getTranslation(refused.reason(), refused.values()));
        }
    }

    private Div heldMeeting(NetworkMeeting meeting) {
        Div section = new Div();
        section.addClassName("network-meeting");
        section.add(new H3(getTranslation("messaging.network.heldOn", meeting.day().getDayOfWeek(),
                Formats.dayAndShortMonth(meeting.day(), getLocale()))));
        Div notes = new Div();
        notes.addClassName("network-notes");
        meeting.notes().ifPresentOrElse(written -> {
            Paragraph text = new Paragraph(written.text());
            text.addClassName("entry-text");
            Paragraph by = new Paragraph(getTranslation("messaging.network.notesBy", written.byName(),
                    Formats.date(written.at(), getLocale())));
            by.addClassName("entry-about");
            notes.add(text, by);
        }, () -> notes.add(new Paragraph(getTranslation("messaging.network.noNotes"))));
        section.add(notes);
        if (coordinator) {
            section.add(notesEditor(meeting));
        }
        if (!meeting.agenda().isEmpty()) {
            section.add(new Paragraph(getTranslation("messaging.network.agenda")));
            meeting.agenda().forEach(item -> section.add(card(item.authorName(), item.written(), item.text())));
        }
        return section;
    }

    /** The coordinator's notes of a meeting held: opened from a button, what was written kept on a refusal. */
    private Div notesEditor(NetworkMeeting meeting) {
        Div editor = new Div();
        editor.addClassName("network-notes-editor");
        TextArea text = TouchTarget.field(new TextArea(getTranslation("messaging.network.notesLabel")));
        text.setMaxLength(CompanyNetwork.MAX_NOTES);
        text.setWidthFull();
        text.setValue(meeting.notes().map(written -> written.text()).orElse(""));
        Paragraph problem = Messages.problem("network-notes-problem");
        Button save = new Button(getTranslation("messaging.network.saveNotes"), click -> {
            try {
                network.writeNotes(caller, meeting.day(), text.getValue());
                status.setText(getTranslation("messaging.network.notesSaved"));
                show();
            } catch (MessagingRefusedException refused) {
                problem.setText(getTranslation(refused.reason(), refused.values()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("network-notes-save");
        Div form = new Div(text, problem, save);
        form.setVisible(false);
        Button open = new Button(getTranslation(meeting.notes().isPresent() ? "messaging.network.editNotes"
                : "messaging.network.writeNotes"), click -> {
            form.setVisible(true);
            text.focus();
        });
        open.addClassName("network-notes-open");
        editor.add(open, form);
        return editor;
    }

    private void run(Work work, String done) {
        try {
            work.run();
            status.setText(getTranslation(done));
        } catch (MessagingRefusedException refused) {
            status.setText(getTranslation(refused.reason(), refused.values()));
        }
        show();
    }

    @FunctionalInterface
    private interface Work {
        void run() throws MessagingRefusedException;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("messaging.network.title"));
    }
}
