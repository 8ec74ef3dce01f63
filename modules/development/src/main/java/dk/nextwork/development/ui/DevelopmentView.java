package dk.nextwork.development.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.vaadin.addons.echartsflow.ChartClickEvent;
import org.vaadin.addons.echartsflow.ChartDataTable;
import org.vaadin.addons.echartsflow.EChart;
import org.vaadin.addons.echartsflow.option.ChartOption;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.development.Conversation;
import dk.nextwork.development.Conversations;
import dk.nextwork.development.Development;
import dk.nextwork.development.DevelopmentPicture;
import dk.nextwork.development.Level;
import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.TraitConfiguration;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.YoungPersonPicker;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.PersonParameter;

/**
 * {@code /app/development?person=…}: the development visualisation. The young person sees their
 * own; representatives, counsellors and coordinators choose among the young people whose course
 * they may follow. First how the area chosen at the last conversation moved, then a radar of the
 * traits now and last time with the changes in words, the trend lines with the placements shaded,
 * the reports behind a clicked point, and the conversations. It speaks to the young person ("du")
 * and of them to others by their first name ({@link PictureVoice}).
 */
@Route(value = "development", layout = MainLayout.class)
@RolesAllowed({Role.YOUTH_ID, Role.COMPANY_REP_ID, Role.COUNSELLOR_ID, Role.COORDINATOR_ID})
@Dependent
public class DevelopmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Development development;
    private final Conversations conversations;
    private final PersonAccess access;
    private final TraitConfiguration configuration;
    private final SignedInUser user = CurrentUser.get();
    private DevelopmentPicture picture;
    private DevelopmentCharts charts;
    private PictureVoice voice;

    @Inject
    public DevelopmentView(Development development, Conversations conversations, PersonAccess access,
                           TraitConfiguration configuration) {
        this.development = development;
        this.conversations = conversations;
        this.access = access;
        this.configuration = configuration;
        setMaxWidth("64rem");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("development.title"));
    }

    /** The shown young person's picture, for tests. */
    DevelopmentPicture picture() {
        return picture;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        picture = null;
        charts = new DevelopmentCharts(getLocale(), this::getTranslation);
        add(new H1(getTranslation("development.title")));
        Optional<String> person = PersonParameter.of(event, user);
        try {
            if (person.isEmpty()) {
                choose();
                return;
            }
            picture = development.picture(CurrentUser.caller(), person.get());
            show();
        } catch (AccessDeniedException denied) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    /** A picker that fetches the young people lazily by the name typed (only those shown are audited as listed). */
    private void choose() {
        Caller caller = CurrentUser.caller();
        if (access.countYoungPeopleFollowed(caller, null) == 0) {
            add(new Paragraph(getTranslation("development.nobody")));
            return;
        }
        add(new Paragraph(getTranslation("development.choose")));
        ComboBox<UserAccount> picker = YoungPersonPicker.opening(DevelopmentView.class, getTranslation("development.person"), access, caller);
        picker.setId("person-picker");
        add(picker);
    }

    private void show() {
        voice = PictureVoice.of(picture, user.id(), this::getTranslation);
        if (!voice.own()) {
            add(new Paragraph(picture.name()));
        }
        FocusProgress.of(picture, charts, voice, getLocale()).ifPresent(this::add);
        if (!picture.hasScores()) {
            add(new Paragraph(voice.text("development.none")));
            QuestionnaireNote.of(picture, voice, getLocale()).ifPresent(this::add);
            conversationsSection();
            return;
        }
        add(new Paragraph(voice.text("development.scale")));
        radarSection();
        conversationsSection();
        trendSection();
        if (picture.reportsReadable()) {
            add(new PerspectivesSection(development.perspectives(CurrentUser.caller(), picture.youngPerson()),
                    picture.youngPerson().equals(user.id()), picture.name(), getLocale(),
                    CurrentUser.language(), this::getTranslation));
        }
    }

    private void radarSection() {
        add(new H2(getTranslation("development.radar.title")));
        if (DevelopmentCharts.radarDrawable(picture)) {
            add(chart("development-radar", charts.radar(picture), "22rem"));
        } else {
            add(new Paragraph(getTranslation("development.radar.incomplete")));
        }
        UnorderedList changes = charts.changesInWords(picture);
        add(new Paragraph(picture.lastConversationDay()
                .map(day -> voice.text("development.radar.sinceConversation", Formats.date(day, getLocale())))
                .orElse(getTranslation("development.radar.sincePrevious"))), changes);
    }

    private void trendSection() {
        add(new H2(getTranslation("development.trend.title")));
        add(new Paragraph(picture.reportsReadable() ? voice.text("development.trend.help")
                : getTranslation("development.trend.followOnly", picture.firstName())));
        for (boolean dimensions : new boolean[] {true, false}) {
            String title = getTranslation(dimensions ? "development.trend.dimensions" : "development.trend.traits");
            Div section = new Div();
            section.setWidthFull();
            section.add(new H3(title));
            if (dimensions) {
                QuestionnaireNote.of(picture, voice, getLocale()).ifPresent(section::add);
            }
            ChartOption option = charts.trend(picture, dimensions);
            EChart chart = chart(dimensions ? "development-dimensions" : "development-traits", option, "24rem");
            if (picture.reportsReadable()) {
                chart.addChartClickListener(this::openReports);
            }
            Div tables = new Div();
            for (ChartOption one : DevelopmentCharts.perLine(option)) {
                tables.add(table(one));
            }
            Details table = new Details(getTranslation("development.trend.table"), tables);
            section.add(chart, table);
            add(section);
        }
    }

    /**
     * One line's figures as a table: its own periods as rows, "(i gang)" on the current one, whose
     * gap is "i gang" rather than "ikke vurderet"; early figures with their level in words.
     */
    private ChartDataTable table(ChartOption line) {
        String target = line.getSeries().get(0).getId();
        Map<String, Period> periods = charts.periods(picture, target);
        boolean levels = picture.showsLevels(target);
        return ChartDataTable.of(line.getSeries().get(0).getName(), line)
                .setCornerHeader(getTranslation("development.trend.period"))
                .setRowHeaderFormatter(x -> Optional.ofNullable(periods.get(String.valueOf(x)))
                        .map(period -> charts.rowLabel(picture, period)).orElse(String.valueOf(x)))
                .setValueFormatter(value -> levels && value instanceof Number number
                        ? getTranslation("development.figure.level", Formats.value(value, getLocale()),
                                getTranslation(Level.of(number.doubleValue()).key()))
                        : Formats.value(value, getLocale()))
                .setMissingText(x -> Optional.ofNullable(periods.get(String.valueOf(x))).filter(picture::inProgress).isPresent()
                        ? getTranslation("development.trend.inProgress") : getTranslation("development.trend.missing"));
    }

    private void openReports(ChartClickEvent click) {
        if (!"series".equals(click.getComponentType())) {
            return;
        }
        Optional<Score> score = DevelopmentCharts.scoreAt(picture, click.getSeriesId(), click.getDataIndex());
        if (score.isEmpty()) {
            return;
        }
        new ReportsBehindDialog(charts, click.getSeriesName(), score.get(),
                development.reportsBehind(CurrentUser.caller(), picture.youngPerson(), click.getSeriesId(),
                        score.get().period()), configuration.current().definition()).open();
    }

    private void conversationsSection() {
        if (!picture.reportsReadable()) {
            return;
        }
        add(new H2(getTranslation("development.conversations.title")));
        if (picture.conversationHoldable()) {
            add(new Anchor(PersonParameter.link(ConversationView.class, picture.youngPerson()), getTranslation("development.conversations.start")));
        }
        List<Conversation> held = conversations.of(CurrentUser.caller(), picture.youngPerson());
        if (held.isEmpty()) {
            add(new Paragraph(voice.text("development.conversations.none")));
        }
        for (Conversation conversation : held) {
            add(ConversationRecord.of(conversation, picture.today(), getLocale(), this::getTranslation));
        }
    }

    private EChart chart(String id, ChartOption option, String height) {
        EChart chart = new EChart(option);
        chart.setId(id);
        chart.setWidthFull();
        chart.setHeight(height);
        return chart;
    }
}
