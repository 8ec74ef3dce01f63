package dk.nextwork.messaging.ui;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.messaging.MessagingRefusedException;
import dk.nextwork.messaging.MessagingRoutes;
import dk.nextwork.messaging.journal.EntryDraft;
import dk.nextwork.messaging.journal.EntryKind;
import dk.nextwork.messaging.journal.Feeling;
import dk.nextwork.messaging.journal.Journal;
import dk.nextwork.messaging.journal.JournalEntry;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.program.Company;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.TouchTarget;

/**
 * {@code /app/journal}: a young person's own experiences: writing one, changing or deleting it,
 * and putting it on the group's next meeting's agenda or taking it back. Only theirs, spoken to them.
 */
@Route(value = MessagingRoutes.JOURNAL, layout = MainLayout.class)
@CssImport("./nextwork-messaging/messaging.css")
@RolesAllowed(Role.YOUTH_ID)
@Dependent
public class JournalView extends VerticalLayout implements HasDynamicTitle {

    private final Journal journal;
    private final Caller caller;
    private final H2 formTitle = new H2();
    private final TextArea text = TouchTarget.field(new TextArea());
    private final RadioButtonGroup<EntryKind> kind = new RadioButtonGroup<>();
    private final DatePicker day = new DatePicker();
    private final Select<Company> placement = new Select<>();
    private final Select<Feeling> feeling = new Select<>();
    private final Button cancel = new Button();
    private final Paragraph status = Messages.status("journal-status");
    private final Paragraph problem = Messages.problem("journal-problem");
    private final Div entries = new Div();
    private String editing;

    @Inject
    public JournalView(Journal journal) {
        this.journal = journal;
        this.caller = CurrentUser.caller();
        addClassName("journal-view");
        add(new H1(getTranslation("messaging.journal.title")), new Paragraph(getTranslation("messaging.journal.intro")), form(),
                status);
        entries.addClassName("journal-entries");
        add(entries);
        showEntries();
    }

    private Div form() {
        text.setLabel(getTranslation("messaging.journal.text"));
        text.setMaxLength(Journal.MAX_LENGTH);
        text.setWidthFull();
        text.setId("journal-text");
        kind.setLabel(getTranslation("messaging.journal.kind"));
        kind.setItems(EntryKind.values());
        kind.setItemLabelGenerator(each -> getTranslation("messaging.journal.kind." + each.name()));
        kind.setId("journal-kind");
        day.setLabel(getTranslation("messaging.journal.day"));
        day.setLocale(getLocale());
        day.setMax(journal.today());
        day.setId("journal-day");
        List<Company> places = journal.placements(caller);
        placement.setLabel(getTranslation("messaging.journal.placement"));
        placement.setItems(places);
        placement.setItemLabelGenerator(company -> company == null ? "" : company.name());
        placement.setEmptySelectionAllowed(true);
        placement.setVisible(!places.isEmpty());
        placement.setId("journal-placement");
        feeling.setLabel(getTranslation("messaging.journal.feeling"));
        feeling.setItems(Feeling.values());
        feeling.setItemLabelGenerator(each -> each == null ? "" : getTranslation("messaging.journal.feeling." + each.name()));
        feeling.setEmptySelectionAllowed(true);
        feeling.setId("journal-feeling");
        Button save = new Button(getTranslation("messaging.journal.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("journal-save");
        cancel.setText(getTranslation("messaging.journal.cancel"));
        cancel.addClickListener(click -> clear());
        FlexLayout fields = new FlexLayout(kind, day, placement, feeling);
        fields.addClassName("journal-fields");
        Div form = new Div(formTitle, text, fields, problem, new FlexLayout(save, cancel));
        form.addClassName("journal-form");
        clear();
        return form;
    }

    private void save() {
        EntryDraft draft = new EntryDraft(text.getValue(), kind.getValue(), day.getValue(), Optional.ofNullable(placement.getValue())
                .map(Company::id), Optional.ofNullable(feeling.getValue()));
        try {
            if (editing == null) {
                journal.write(caller, draft);
            } else {
                journal.change(caller, editing, draft);
            }
            clear();
            status.setText(getTranslation("messaging.journal.saved"));
            showEntries();
        } catch (MessagingRefusedException refused) {
            // what was written stays in the form, to mend
            problem.setText(getTranslation(refused.reason(), refused.values()));
        }
    }

    private void clear() {
        editing = null;
        formTitle.setText(getTranslation("messaging.journal.new"));
        text.clear();
        kind.setValue(EntryKind.WORK);
        day.setValue(journal.today());
        placement.clear();
        feeling.clear();
        problem.setText("");
        cancel.setVisible(false);
    }

    private void edit(JournalEntry entry) {
        editing = entry.id();
        formTitle.setText(getTranslation("messaging.journal.editing"));
        text.setValue(entry.text());
        kind.setValue(entry.kind());
        day.setValue(entry.day());
        placement.setValue(entry.company().flatMap(id -> journal.placements(caller).stream()
                .filter(company -> company.id().equals(id)).findFirst()).orElse(null));
        feeling.setValue(entry.feeling().orElse(null));
        problem.setText("");
        cancel.setVisible(true);
        text.focus();
    }

    private void showEntries() {
        entries.removeAll();
        List<JournalEntry> mine = journal.mine(caller);
        if (mine.isEmpty()) {
            entries.add(new Paragraph(getTranslation("messaging.journal.none")));
        }
        Optional<java.time.LocalDateTime> next = journal.nextMeeting(caller);
        for (JournalEntry entry : mine) {
            entries.add(entry(entry, next));
        }
    }

    private Div entry(JournalEntry entry, Optional<java.time.LocalDateTime> next) {
        Div shown = new Div();
        shown.addClassName("journal-entry");
        Paragraph about = new Paragraph(JournalTexts.about(entry.kind(), entry.day(), entry.companyName(), entry.feeling()));
        about.addClassName("entry-about");
        Paragraph written = new Paragraph(entry.text());
        written.addClassName("entry-text");
        Paragraph where = new Paragraph(entry.sharedFor().map(meeting -> entry.canTakeBack()
                        ? JournalTexts.meeting("messaging.journal.sharedFor", meeting)
                        : getTranslation("messaging.journal.sharedEarlier", Formats.dayAndShortMonth(meeting.toLocalDate(), getLocale())))
                .orElse(getTranslation("messaging.journal.private")));
        where.addClassNames("entry-where", entry.shared() ? "shared" : "private");
        FlexLayout actions = new FlexLayout();
        actions.addClassName("entry-actions");
        if (entry.canTakeBack()) {
            actions.add(action("messaging.journal.takeBack", "entry-take-back", () -> journal.takeBack(caller, entry.id())));
        } else {
            Button share = action(next.isPresent() ? null : "messaging.journal.share", "entry-share", () -> journal.share(caller, entry.id()));
            next.ifPresent(meeting -> share.setText(JournalTexts.meeting("messaging.journal.shareNext", meeting)));
            actions.add(share);
        }
        Button change = new Button(getTranslation("messaging.journal.edit"), click -> edit(entry));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button(getTranslation("messaging.journal.delete"), click -> {
            ConfirmDialog sure = new ConfirmDialog(getTranslation("messaging.journal.deleteTitle"),
                    getTranslation("messaging.journal.deleteText"), getTranslation("messaging.journal.delete"),
                    confirmed -> run(() -> {
                        journal.delete(caller, entry.id());
                        return null;
                    }));
            sure.setCancelable(true);
            sure.setCancelText(getTranslation("messaging.journal.cancel"));
            sure.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(change, delete);
        shown.add(about, written, where, actions);
        return shown;
    }

    private Button action(String key, String className, Work work) {
        Button button = new Button(key == null ? "" : getTranslation(key), click -> run(work));
        button.addClassName(className);
        return button;
    }

    private void run(Work work) {
        try {
            work.run();
            status.setText("");
        } catch (MessagingRefusedException refused) {
            status.setText(getTranslation(refused.reason(), refused.values()));
        }
        showEntries();
    }

    @FunctionalInterface
    private interface Work {
        Object run() throws MessagingRefusedException;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("messaging.journal.title"));
    }
}
