package dk.nextwork.development.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.vaadin.addons.echartsflow.EChart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.development.AnswerProblem;
import dk.nextwork.development.ConversationAnswers;
import dk.nextwork.development.ConversationOpening;
import dk.nextwork.development.ConversationRefusedException;
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
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.PersonParameter;
import dk.nextwork.shell.TouchTarget;
import dk.nextwork.shell.UnsavedChanges;

/**
 * {@code /app/development/conversation?person=…}: the guided conversation, one question at a time.
 * It opens with the last conversation's chosen area and how it has moved since; each of the seed's
 * four questions comes with a short prompt and an example, spoken to the young person or, for the
 * representative, about the young person by their first name. The picture (the radar now against
 * last time, and at the fourth question how the chosen area moved) stands beside the question, or
 * above it where the screen is too narrow for both. Back and Next keep every answer; saving names
 * everything the rules refuse at once and shows the first of it.
 */
@Route(value = "development/conversation", layout = MainLayout.class)
@RolesAllowed({Role.YOUTH_ID, Role.COMPANY_REP_ID})
@Dependent
public class ConversationView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final int QUESTIONS = 4;

    private final Conversations conversations;
    private final Development development;
    private final SignedInUser user = CurrentUser.get();
    private String person;
    private final TextArea different = answer("development.conversation.q1");
    private final TextArea examples = answer("development.conversation.q2");
    private final TextArea appreciated = answer("development.conversation.q3");
    private final RadioButtonGroup<String> focus = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();
    private final List<Div> questions = new ArrayList<>();
    private final Paragraph stepLine = new Paragraph();
    private final Paragraph problems = Messages.problem("conversation-problems");
    private final Paragraph chosenArea = new Paragraph();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button save = new Button();
    private int step;
    private ConversationAnswers untouched;
    private boolean saved;

    @Inject
    public ConversationView(Conversations conversations, Development development) {
        this.conversations = conversations;
        this.development = development;
        setMaxWidth("64rem");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("development.conversation.title"));
    }

    /** The question shown, 1 to 4. */
    int question() {
        return step + 1;
    }

    /** Whether something was typed or chosen that is not saved yet. */
    boolean hasUnsavedChanges() {
        return untouched != null && !saved && !answers().equals(untouched);
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

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UnsavedChanges.guardTheTab(event.getUI());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        UnsavedChanges.confirmLeaving(this, event, hasUnsavedChanges());
    }

    private void build(ConversationOpening opening, DevelopmentPicture picture) {
        DevelopmentCharts charts = new DevelopmentCharts(getLocale(), this::getTranslation);
        add(new H1(getTranslation("development.conversation.title")));
        boolean ownConversation = picture.youngPerson().equals(user.id());
        if (!ownConversation) {
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

        List<String> targets = new ArrayList<>();
        picture.history().series().forEach(series -> targets.add(series.target()));
        focus.setItems(targets);
        focus.setLabel(getTranslation("development.conversation.area"));
        focus.setItemLabelGenerator(target -> picture.history().of(target).map(series -> series.name().in(CurrentUser.language()))
                .orElse(target));
        focus.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        opening.previous().map(last -> last.focus()).filter(targets::contains).ifPresent(focus::setValue);
        note.setLabel(getTranslation("development.conversation.note"));
        note.setMaxLength(Conversations.MAX_FOCUS_NOTE);
        note.setWidthFull();
        TouchTarget.field(note);

        // the prompts speak to the young person, or to the representative about the young person
        String audience = ownConversation ? "youth" : "company";
        String firstName = picture.firstName();
        questions.clear();
        questions.add(question(1, audience, firstName, different));
        questions.add(question(2, audience, firstName, examples));
        questions.add(question(3, audience, firstName, appreciated));
        questions.add(question(4, audience, firstName, focus, note));
        Div asked = new Div();
        asked.addClassName("conversation-questions");
        asked.getStyle().set("flex", "1 1 22rem").set("min-width", "0");
        questions.forEach(asked::add);

        // beside the question where there is room for both, above it on a phone
        FlexLayout flow = new FlexLayout(picture(picture, charts), asked);
        flow.addClassName("conversation-flow");
        flow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        flow.setWidthFull();
        flow.getStyle().set("gap", "var(--lumo-space-l)");

        stepLine.addClassName("conversation-step");
        stepLine.getStyle().set("font-weight", "600").set("margin-bottom", "0");
        previous.setText(getTranslation("development.conversation.previousStep"));
        previous.addClassName("conversation-previous");
        previous.addClickListener(click -> show(step - 1, true));
        next.setText(getTranslation("development.conversation.nextStep"));
        next.addClassName("conversation-next");
        next.addClickListener(click -> show(step + 1, true));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setText(getTranslation("development.conversation.save"));
        save.addClassName("conversation-save");
        save.addClickListener(click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (Button button : List.of(previous, next, save)) {
            button.addThemeVariants(ButtonVariant.LUMO_LARGE); // Lumo's large button is a touch target high
        }
        HorizontalLayout steps = new HorizontalLayout(previous, next, save);
        steps.setWrap(true);
        steps.addClassName("conversation-steps");

        add(stepLine, flow, problems, steps, new Anchor(PersonParameter.link(DevelopmentView.class, person),
                getTranslation("development.conversation.back")));

        chosenArea.addClassName("conversation-chosen-area");
        focus.addValueChangeListener(change -> chosenArea.setText(change.getValue() == null
                ? getTranslation("development.conversation.chooseArea")
                : picture.movementOf(change.getValue()).map(charts::inWords).orElse("")));
        chosenArea.setText(focus.getValue() == null ? getTranslation("development.conversation.chooseArea")
                : picture.movementOf(focus.getValue()).map(charts::inWords).orElse(""));
        for (TextArea field : List.of(different, examples, appreciated, note)) {
            field.addValueChangeListener(change -> changed(field));
        }
        focus.addValueChangeListener(change -> changed(focus));
        untouched = answers();
        show(0, false);
    }

    /** The radar now against last time with the changes in words, and at the fourth question the chosen area's. */
    private Div picture(DevelopmentPicture picture, DevelopmentCharts charts) {
        Div pane = new Div();
        pane.addClassName("conversation-picture");
        pane.getStyle().set("flex", "1 1 20rem").set("min-width", "0");
        pane.add(new H2(getTranslation("development.radar.title")));
        if (DevelopmentCharts.radarDrawable(picture)) {
            EChart radar = new EChart(charts.radar(picture));
            radar.setId("conversation-radar");
            radar.setWidthFull();
            radar.setHeight("20rem");
            pane.add(radar);
        } else {
            pane.add(new Paragraph(getTranslation("development.radar.incomplete")));
        }
        chosenArea.getStyle().set("font-weight", "600");
        pane.add(chosenArea, charts.changesInWords(picture));
        return pane;
    }

    private Div question(int number, String audience, String firstName, Component... fields) {
        Div pane = new Div();
        pane.addClassName("conversation-question");
        Paragraph prompt = new Paragraph(getTranslation("development.conversation.q" + number + ".prompt." + audience, firstName));
        prompt.addClassName("conversation-prompt");
        Paragraph example = new Paragraph(getTranslation("development.conversation.q" + number + ".example." + audience, firstName));
        example.addClassName("conversation-example");
        example.getStyle().set("font-style", "italic").set("color", "var(--lumo-secondary-text-color)");
        H2 heading = new H2(getTranslation("development.conversation.q" + number));
        heading.getElement().setAttribute("tabindex", "-1"); // focused when the question is shown
        pane.add(heading, prompt, example);
        pane.add(fields);
        return pane;
    }

    /**
     * Shows one question; {@code moved} puts the focus on its heading, so that a screen reader reads
     * the new question and a keyboard goes on from there.
     */
    private void show(int index, boolean moved) {
        step = Math.max(0, Math.min(QUESTIONS - 1, index));
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).setVisible(i == step);
        }
        chosenArea.setVisible(step == QUESTIONS - 1);
        stepLine.setText(getTranslation("development.conversation.step", step + 1, QUESTIONS));
        previous.setVisible(step > 0);
        next.setVisible(step < QUESTIONS - 1);
        save.setVisible(step == QUESTIONS - 1);
        if (moved) {
            questions.get(step).getChildren().findFirst().ifPresent(heading -> heading.getElement().executeJs("this.focus()"));
        }
    }

    private TextArea answer(String question) {
        TextArea area = new TextArea();
        area.setAriaLabel(getTranslation(question));
        area.setMaxLength(Conversations.MAX_ANSWER);
        area.setWidthFull();
        area.setMinHeight("6rem");
        TouchTarget.field(area);
        return area;
    }

    private ConversationAnswers answers() {
        return new ConversationAnswers(different.getValue(), examples.getValue(), appreciated.getValue(), focus.getValue(),
                note.getValue());
    }

    /** An answer changed: its refusal no longer holds, and the tab asks before closing if it is not saved. */
    private void changed(HasValidation field) {
        field.setInvalid(false);
        UnsavedChanges.mark(this, hasUnsavedChanges());
    }

    private void save() {
        Map<AnswerProblem.Answer, HasValidation> fields = Map.of(AnswerProblem.Answer.DIFFERENT, different,
                AnswerProblem.Answer.EXAMPLES, examples, AnswerProblem.Answer.APPRECIATED, appreciated,
                AnswerProblem.Answer.FOCUS, focus, AnswerProblem.Answer.FOCUS_NOTE, note);
        fields.values().forEach(field -> field.setInvalid(false));
        problems.setText("");
        try {
            conversations.save(CurrentUser.caller(), person, answers());
            saved = true;
            UnsavedChanges.mark(this, false);
            Notification.show(getTranslation("development.conversation.saved"));
            getUI().ifPresent(ui -> ui.navigate(DevelopmentView.class, PersonParameter.query(person)));
        } catch (ConversationRefusedException refused) {
            problems.setText(getTranslation(refused.reason(), refused.values()));
            for (AnswerProblem problem : refused.problems()) {
                HasValidation field = fields.get(problem.answer());
                field.setErrorMessage(getTranslation(problem.reason(), problem.values().toArray()));
                field.setInvalid(true);
            }
            show(refused.problems().get(0).question() - 1, true);
        } catch (DevelopmentRefusedException refused) {
            problems.setText(getTranslation(refused.reason(), refused.values()));
        }
    }
}
