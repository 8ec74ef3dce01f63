package dk.nextwork.development.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.development.ConversationAnswers;
import dk.nextwork.development.ConversationOpening;
import dk.nextwork.development.Conversations;
import dk.nextwork.development.Development;
import dk.nextwork.development.DevelopmentPicture;
import dk.nextwork.development.DevelopmentRefusedException;
import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.PersonParameter;

/**
 * {@code /app/development/conversation?person=…}: the guided conversation. It opens with the last
 * conversation's chosen area and how it has moved since, then the seed's four questions; the
 * answers are saved as a record both can read on the development page.
 */
@Route(value = "development/conversation", layout = MainLayout.class)
@RolesAllowed({Role.YOUTH_ID, Role.COMPANY_REP_ID})
@Dependent
public class ConversationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Conversations conversations;
    private final Development development;
    private final SignedInUser user = CurrentUser.get();
    private String person;
    private final TextArea different = answer("development.conversation.q1");
    private final TextArea examples = answer("development.conversation.q2");
    private final TextArea appreciated = answer("development.conversation.q3");
    private final RadioButtonGroup<String> focus = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();

    @Inject
    public ConversationView(Conversations conversations, Development development) {
        this.conversations = conversations;
        this.development = development;
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("development.conversation.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        person = PersonParameter.of(event, user).orElse(null);
        if (person == null) {
            event.forwardTo(DevelopmentView.class);
            return;
        }
        try {
            DevelopmentPicture picture = development.picture(CurrentUser.caller(), person);
            ConversationOpening opening = conversations.opening(CurrentUser.caller(), picture);
            build(opening, picture);
        } catch (AccessDeniedException denied) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void build(ConversationOpening opening, DevelopmentPicture picture) {
        DevelopmentCharts charts = new DevelopmentCharts(getLocale(), this::getTranslation);
        add(new H1(getTranslation("development.conversation.title")));
        if (!picture.youngPerson().equals(user.id())) {
            add(new Paragraph(picture.name()));
        }
        add(new Paragraph(getTranslation("development.conversation.intro")));
        Paragraph since = new Paragraph();
        since.addClassName("conversation-opening");
        if (opening.previous().isPresent()) {
            String text = getTranslation("development.conversation.previous",
                    Formats.date(opening.previous().get().day(), getLocale()),
                    opening.previous().get().focusName().in(CurrentUser.language()));
            since.setText(text + opening.focusMovement().map(movement -> " " + charts.inWords(movement)).orElse(""));
        } else {
            since.setText(getTranslation("development.conversation.first"));
        }
        add(since);

        add(new H2(getTranslation("development.conversation.q1")));
        add(charts.changesInWords(picture), different);
        add(new H2(getTranslation("development.conversation.q2")), examples);
        add(new H2(getTranslation("development.conversation.q3")), appreciated);
        add(new H2(getTranslation("development.conversation.q4")));
        List<String> targets = new ArrayList<>();
        picture.history().series().forEach(series -> targets.add(series.target()));
        focus.setItems(targets);
        focus.setLabel(getTranslation("development.conversation.area"));
        focus.setItemLabelGenerator(target -> picture.history().of(target).map(series -> series.name().in(CurrentUser.language()))
                .orElse(target));
        focus.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        opening.previous().map(previous -> previous.focus()).filter(targets::contains).ifPresent(focus::setValue);
        note.setLabel(getTranslation("development.conversation.note"));
        note.setMaxLength(Conversations.MAX_FOCUS_NOTE);
        note.setWidthFull();
        Button save = new Button(getTranslation("development.conversation.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("conversation-save");
        add(focus, note, save, new Anchor(PersonParameter.link(DevelopmentView.class, person),
                getTranslation("development.conversation.back")));
    }

    private TextArea answer(String question) {
        TextArea area = new TextArea();
        area.setAriaLabel(getTranslation(question));
        area.setMaxLength(Conversations.MAX_ANSWER);
        area.setWidthFull();
        area.setMinHeight("6rem");
        return area;
    }

    private void save() {
        List<HasValidation> fields = List.of(different, examples, appreciated, focus, note);
        fields.forEach(field -> field.setInvalid(false));
        try {
            conversations.save(CurrentUser.caller(), person, new ConversationAnswers(different.getValue(), examples.getValue(),
                    appreciated.getValue(), focus.getValue(), note.getValue()));
            Notification.show(getTranslation("development.conversation.saved"));
            getUI().ifPresent(ui -> ui.navigate(DevelopmentView.class, PersonParameter.query(person)));
        } catch (DevelopmentRefusedException refused) {
            // the reason names the question; the fourth's text is the note on the chosen area
            List<HasValidation> byQuestion = List.of(different, examples, appreciated, note);
            HasValidation field = switch (refused.reason()) {
                case "development.refused.noFocus", "development.refused.unknownFocus" -> focus;
                default -> Optional.ofNullable(refused.values().length > 0 ? refused.values()[0] : null)
                        .filter(Integer.class::isInstance).map(question -> byQuestion.get((Integer) question - 1))
                        .orElse(different);
            };
            field.setErrorMessage(getTranslation(refused.reason(), refused.values()));
            field.setInvalid(true);
        }
    }
}
