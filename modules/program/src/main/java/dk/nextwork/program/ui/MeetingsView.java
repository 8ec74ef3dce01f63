package dk.nextwork.program.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Company;
import dk.nextwork.program.Meeting;
import dk.nextwork.program.Meetings;
import dk.nextwork.program.NetworkGroup;
import dk.nextwork.program.Programme;
import dk.nextwork.program.ProgrammeRefusedException;
import dk.nextwork.program.Selection;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.FormDialog;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;

/**
 * {@code /app/programme/meetings}: who came to the network groups' weekly meetings (a counsellor
 * sees and records their own groups, a coordinator all) and, for coordinators, to the company
 * network's monthly meetings.
 */
@Route(value = "programme/meetings", layout = MainLayout.class)
@RolesAllowed({Role.COUNSELLOR_ID, Role.COORDINATOR_ID})
@Dependent
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private final Meetings meetings;
    private final SignedInUser user = CurrentUser.get();
    private final PersonAccess access;
    /** The names of the chosen group's young people (members and those who came), read when the group is chosen. */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> companyNames = new HashMap<>();
    private final Select<NetworkGroup> group = new Select<>();
    private final Grid<Meeting> groupMeetings = new Grid<>();
    private final Grid<Meeting> networkMeetings = new Grid<>();
    private final Paragraph message = Messages.status("programme-message");

    @Inject
    public MeetingsView(PersonAccess access, Meetings meetings, Programme programme, Companies companies) {
        this.meetings = meetings;
        boolean coordinator = user.has(Role.COORDINATOR);
        this.access = access;
        List<NetworkGroup> groups = coordinator ? programme.allGroups() : programme.groupsLedBy(user.id());
        group.setLabel(getTranslation("program.meetings.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(NetworkGroup::name);
        group.addValueChangeListener(event -> showGroup());
        columns(groupMeetings, () -> group.getValue() == null ? 0 : group.getValue().members().size(), names);
        Button recordGroup = new Button(getTranslation("program.meetings.record"), click -> openGroupMeeting());
        recordGroup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordGroup.setId("group-meeting-record");
        add(new H1(getTranslation("program.meetings.title")), message,
                new H2(getTranslation("program.meetings.groupMeetings")), group, recordGroup, groupMeetings);
        if (coordinator) {
            for (Company company : companies.all()) {
                companyNames.put(company.id(), company.name());
            }
            columns(networkMeetings, companyNames::size, companyNames);
            Button recordNetwork = new Button(getTranslation("program.meetings.record"), click -> openNetworkMeeting());
            recordNetwork.setId("network-meeting-record");
            add(new H2(getTranslation("program.meetings.networkMeetings")), recordNetwork, networkMeetings);
            networkMeetings.setItems(meetings.networkMeetings(user));
        }
        groups.stream().findFirst().ifPresent(group::setValue);
    }

    private void columns(Grid<Meeting> grid, Supplier<Integer> invited, Map<String, String> labels) {
        grid.addColumn(meeting -> Formats.date(meeting.date(), getLocale())).setHeader(getTranslation("program.meetings.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(meeting -> getTranslation("program.meetings.count", meeting.attended().size(), invited.get()))
                .setHeader(getTranslation("program.meetings.turnout")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(meeting -> String.join(", ", meeting.attended().stream().map(id -> labels.getOrDefault(id, "?"))
                .sorted().toList())).setHeader(getTranslation("program.meetings.attended"));
        grid.setAllRowsVisible(true);
    }

    private void showGroup() {
        List<Meeting> held = group.getValue() == null ? List.of() : meetings.groupMeetings(user, group.getValue().id());
        names.clear();
        if (group.getValue() != null) {
            Set<String> concerned = new java.util.LinkedHashSet<>(group.getValue().members());
            held.forEach(meeting -> concerned.addAll(meeting.attended()));
            // only this group's young people are read and listed, not everyone the user may see
            access.youngPeopleAmong(CurrentUser.caller(), concerned).forEach(person -> names.put(person.id(), person.name()));
        }
        groupMeetings.setItems(held);
    }

    private void openGroupMeeting() {
        NetworkGroup chosen = group.getValue();
        if (chosen == null) {
            return;
        }
        CheckboxGroup<String> attended = new CheckboxGroup<>(getTranslation("program.meetings.attended"));
        attended.setItems(chosen.members().stream().filter(names::containsKey).sorted((a, b) -> names.get(a).compareTo(names.get(b))).toList());
        attended.setItemLabelGenerator(names::get);
        openRecord(chosen.name(), attended, (date, who) -> meetings.recordGroupMeeting(user, chosen.id(), date, who),
                this::showGroup);
    }

    private void openNetworkMeeting() {
        CheckboxGroup<String> attended = new CheckboxGroup<>(getTranslation("program.meetings.attended"));
        attended.setItems(companyNames.keySet().stream().sorted((a, b) -> companyNames.get(a).compareTo(companyNames.get(b))).toList());
        attended.setItemLabelGenerator(companyNames::get);
        openRecord(getTranslation("program.meetings.networkMeetings"), attended,
                (date, which) -> meetings.recordNetworkMeeting(user, date, which.chosen()), () -> {
                    networkMeetings.setItems(meetings.networkMeetings(user));
                });
    }

    private interface Recording {
        Meeting record(LocalDate date, Selection attended) throws ProgrammeRefusedException;
    }

    private void openRecord(String title, CheckboxGroup<String> attended, Recording recording, Runnable refresh) {
        FormDialog dialog = new FormDialog(getTranslation("program.meetings.record") + ": " + title, "meeting-problem");
        DatePicker date = new DatePicker(getTranslation("program.meetings.date"), meetings.today());
        date.setMax(meetings.today());
        dialog.fields(date, attended);
        dialog.save(getTranslation("program.meetings.record"), getTranslation("program.cancel"), () -> {
            Meeting meeting = recording.record(date.getValue(), new Selection(
                    Set.copyOf(attended.getListDataView().getItems().toList()), attended.getValue()));
            message.setText(getTranslation("program.meetings.recorded", Formats.date(meeting.date(), getLocale())));
            refresh.run();
        }).setId("meeting-save");
        dialog.open();
    }

    Grid<Meeting> groupMeetings() {
        return groupMeetings;
    }

    Grid<Meeting> networkMeetings() {
        return networkMeetings;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("program.meetings.title"));
    }
}
