package dk.nextwork.program.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.NetworkGroup;
import dk.nextwork.program.NetworkGroups;
import dk.nextwork.program.Programme;
import dk.nextwork.program.Selection;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.program.WeeklyMeeting;
import dk.nextwork.shell.FormDialog;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;

/**
 * {@code /app/programme/groups}: the network groups, who leads each, and which young people are
 * in it; start a group, rename it, change its counsellor or its young people.
 */
@Route(value = "programme/groups", layout = MainLayout.class)
@RolesAllowed(Role.COORDINATOR_ID)
@Dependent
public class GroupsView extends VerticalLayout implements HasDynamicTitle {

    private final NetworkGroups groups;
    private final Programme programme;
    private final Enrolments enrolments;
    private final SignedInUser user = CurrentUser.get();
    private final PersonAccess access;
    private final Caller caller = CurrentUser.caller();
    /** The names of the young people fetched for the screen so far. */
    private final Map<String, String> names = new HashMap<>();
    private List<NetworkGroup> all = List.of();
    private final Map<String, String> counsellors = new HashMap<>();
    private final Grid<NetworkGroup> grid = new Grid<>();
    private final Paragraph message = Messages.status("programme-message");

    @Inject
    public GroupsView(PersonAccess access, Accounts accounts, NetworkGroups groups, Programme programme, Enrolments enrolments) {
        this.access = access;
        this.groups = groups;
        this.programme = programme;
        this.enrolments = enrolments;
        // found by the role's index, not by reading every account
        for (UserAccount account : accounts.withRole(Role.COUNSELLOR)) {
            counsellors.put(account.id(), account.name());
        }
        grid.addColumn(NetworkGroup::name).setHeader(getTranslation("program.groups.name")).setAutoWidth(true);
        grid.addColumn(group -> counsellors.getOrDefault(group.counsellor(), "")).setHeader(getTranslation("program.groups.counsellor"))
                .setAutoWidth(true);
        grid.addColumn(group -> group.ended().map(day -> getTranslation("program.groups.ended", day))
                .or(() -> group.meets().map(meeting -> getTranslation("program.groups.meets", meeting.day(), meeting.time())))
                .orElse("")).setHeader(getTranslation("program.groups.meetsOn")).setAutoWidth(true);
        grid.addColumn(group -> String.join(", ", group.members().stream().map(id -> names.getOrDefault(id, "?")).sorted().toList()))
                .setHeader(getTranslation("program.groups.members"));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setHeight("70vh"); // not every row at once: the grid fetches the pages it shows
        Button add = new Button(getTranslation("program.groups.new"), VaadinIcon.PLUS.create(), click -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("group-new");
        add(new H1(getTranslation("program.groups.title")), add, message, grid);
        load();
    }

    /** The groups a page at a time: only the members of the groups fetched are read and audited as listed. */
    private void load() {
        all = programme.allGroups();
        grid.setItems(query -> {
            List<NetworkGroup> page = all.subList(Math.min(query.getOffset(), all.size()),
                    Math.min(query.getOffset() + query.getLimit(), all.size()));
            named(page.stream().flatMap(group -> group.members().stream()).distinct().toList());
            return page.stream();
        }, query -> all.size());
    }

    /** Those of the ids the coordinator may see, with their names kept for the screen; in name order. */
    private List<UserAccount> named(List<String> ids) {
        List<UserAccount> people = access.youngPeopleAmong(caller, ids);
        people.forEach(person -> names.put(person.id(), person.name()));
        return people;
    }

    private void open(NetworkGroup group) {
        if (group != null && group.isEnded()) {
            openEnded(group);
            return;
        }
        FormDialog dialog = new FormDialog(group == null ? getTranslation("program.groups.new") : group.name(), "group-problem");
        TextField name = new TextField(getTranslation("program.groups.name"));
        name.setMaxLength(60);
        ComboBox<String> lead = new ComboBox<>(getTranslation("program.groups.counsellor"));
        lead.setItems(counsellors.keySet().stream().sorted((a, b) -> counsellors.get(a).compareTo(counsellors.get(b))).toList());
        lead.setItemLabelGenerator(counsellors::get);
        MultiSelectComboBox<String> members = new MultiSelectComboBox<>(getTranslation("program.groups.members"));
        // the enrolled young people, fetched by the name typed, a page at a time (no count: that would test everyone)
        members.setItems((com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback<String, String>) query -> access
                .youngPeopleWhere(caller, query.getFilter().orElse(""), this::isEnrolled, query.getOffset(), query.getLimit())
                .stream().peek(person -> names.put(person.id(), person.name())).map(UserAccount::id));
        members.setItemLabelGenerator(id -> names.getOrDefault(id, id));
        members.setWidthFull();
        // its members the coordinator may see: the ones a save may take out (anyone else stays as they were)
        Set<String> current = group == null ? Set.of() : named(List.copyOf(group.members())).stream().map(UserAccount::id)
                .filter(this::isEnrolled).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        if (group != null) {
            name.setValue(group.name());
            lead.setValue(counsellors.containsKey(group.counsellor()) ? group.counsellor() : null);
            members.setValue(current);
        }
        ComboBox<DayOfWeek> day = new ComboBox<>(getTranslation("program.groups.meetsOn"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(weekday -> Formats.weekday(weekday, getLocale()));
        day.setClearButtonVisible(true);
        TimePicker time = new TimePicker(getTranslation("program.groups.meetsAt"));
        time.setStep(Duration.ofMinutes(15));
        time.setLocale(Formats.locale(getLocale()));
        time.setClearButtonVisible(true);
        if (group != null) {
            group.meets().ifPresent(meeting -> {
                day.setValue(meeting.day());
                time.setValue(meeting.time());
            });
        }
        dialog.fields(name, lead, day, time, members);
        if (group != null) {
            Button end = new Button(getTranslation("program.groups.end"), click -> {
                dialog.close();
                end(group);
            });
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            end.setId("group-end");
            dialog.fields(end);
        }
        dialog.save(getTranslation("program.groups.save"), getTranslation("program.cancel"), () -> {
            NetworkGroup saved = groups.save(user, group == null ? null : group.id(), name.getValue(), lead.getValue(),
                    WeeklyMeeting.of(day.getValue(), time.getValue()));
            Set<String> shown = new java.util.HashSet<>(current);
            shown.addAll(members.getValue());
            groups.setMembers(user, saved.id(), new Selection(shown, members.getValue()));
            message.setText(getTranslation("program.groups.saved", saved.name()));
            load();
        }).setId("group-save");
        dialog.open();
    }

    /** Ends the group on the day the coordinator gives (today unless they say otherwise). */
    private void end(NetworkGroup group) {
        FormDialog dialog = new FormDialog(getTranslation("program.groups.endTitle", group.name()), "group-problem");
        DatePicker lastDay = new DatePicker(getTranslation("program.groups.lastDay"), programme.today());
        lastDay.setMax(programme.today());
        lastDay.setLocale(Formats.locale(getLocale()));
        lastDay.setId("group-last-day");
        dialog.fields(new Paragraph(getTranslation("program.groups.endText")), lastDay);
        dialog.save(getTranslation("program.groups.end"), getTranslation("program.cancel"), () -> {
            NetworkGroup ended = groups.end(user, group.id(), lastDay.getValue());
            message.setText(getTranslation("program.groups.endedSaved", ended.name(), ended.ended().orElseThrow()));
            load();
        }).setId("group-end-save");
        dialog.open();
    }

    private void openEnded(NetworkGroup group) {
        FormDialog dialog = new FormDialog(group.name(), "group-problem");
        dialog.fields(new Paragraph(getTranslation("program.groups.endedText", group.ended().orElseThrow())));
        dialog.save(getTranslation("program.groups.reopen"), getTranslation("program.cancel"), () -> {
            NetworkGroup open = groups.reopen(user, group.id());
            message.setText(getTranslation("program.groups.reopened", open.name()));
            load();
        }).setId("group-reopen");
        dialog.open();
    }

    private boolean isEnrolled(String youngPerson) {
        return enrolments.find(youngPerson).isPresent();
    }

    Grid<NetworkGroup> grid() {
        return grid;
    }

    List<NetworkGroup> shown() {
        return all;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("program.groups.title"));
    }
}
