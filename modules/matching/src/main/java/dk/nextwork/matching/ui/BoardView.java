package dk.nextwork.matching.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.matching.BoardCard;
import dk.nextwork.matching.BoardStage;
import dk.nextwork.matching.MatchingBoard;
import dk.nextwork.matching.MatchingRefusedException;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.program.NetworkGroup;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.PersonParameter;

/**
 * {@code /app/matching/board}: a network group's young people by stage, udforsker → har ønsket →
 * foreslået → praktikbesøg → i praktik → videre. A card moves by drag and drop or by its menu;
 * both ask {@link MatchingBoard}, and a move its rules refuse snaps back with the reason.
 */
@Route(value = "matching/board", layout = MainLayout.class)
@RolesAllowed({Role.COORDINATOR_ID, Role.COUNSELLOR_ID})
@CssImport("./nextwork-matching/matching.css")
@Dependent
public class BoardView extends VerticalLayout implements HasDynamicTitle {

    private final MatchingBoard board;
    private final Caller caller;
    private final Paragraph message = Messages.status("board-message");
    private final Div columns = new Div();
    private final Select<NetworkGroup> group = new Select<>();

    @Inject
    public BoardView(MatchingBoard board) {
        this.board = board;
        caller = CurrentUser.caller();
        addClassName("matching-board");
        add(new H1(getTranslation("matching.board.title")), new Paragraph(getTranslation("matching.board.intro")));
        List<NetworkGroup> groups = board.groups(caller);
        if (groups.isEmpty()) {
            add(new Paragraph(getTranslation("matching.board.noGroups")));
            return;
        }
        group.setLabel(getTranslation("matching.board.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(NetworkGroup::name);
        group.setValue(groups.get(0));
        group.setId("board-group");
        group.addValueChangeListener(change -> show());
        columns.addClassName("board-columns");
        add(group, message, columns);
        show();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("matching.board.title"));
    }

    private void show() {
        columns.removeAll();
        List<BoardCard> cards = board.cards(caller, group.getValue().id());
        for (BoardStage stage : BoardStage.values()) {
            Div column = new Div();
            column.addClassName("board-column");
            column.getElement().setAttribute("data-stage", stage.name());
            List<BoardCard> here = cards.stream().filter(card -> card.stage() == stage).toList();
            column.add(new H2(getTranslation("matching.stage." + stage.name()) + " (" + here.size() + ")"));
            here.forEach(card -> column.add(card(card)));
            DropTarget<Div> target = DropTarget.create(column);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(drop -> drop.getDragData().ifPresent(data -> move((String) data, stage)));
            columns.add(column);
        }
    }

    private Div card(BoardCard card) {
        Div shown = new Div();
        shown.addClassName("board-card");
        shown.getElement().setAttribute("aria-label", card.name());
        com.vaadin.flow.component.html.Anchor name = new com.vaadin.flow.component.html.Anchor(
                PersonParameter.link(ChooseOffersView.class, card.youngPerson()), card.name());
        name.addClassName("board-name");
        shown.add(name, new Span(getTranslation("matching.board.since", Formats.date(card.since(), getLocale()))),
                new Paragraph(getTranslation(card.nextStep(), card.nextStepValues().toArray())));
        Select<BoardStage> moveTo = new Select<>();
        moveTo.setLabel(getTranslation("matching.board.moveTo"));
        moveTo.setItems(BoardStage.values());
        moveTo.setItemLabelGenerator(stage -> getTranslation("matching.stage." + stage.name()));
        moveTo.setValue(card.stage());
        moveTo.addClassName("board-move");
        moveTo.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != card.stage()) {
                move(card.youngPerson(), change.getValue());
            }
        });
        shown.add(moveTo);
        DragSource<Div> drag = DragSource.create(shown);
        drag.setDragData(card.youngPerson());
        return shown;
    }

    private void move(String youngPerson, BoardStage to) {
        try {
            BoardCard moved = board.move(caller, group.getValue().id(), youngPerson, to);
            message.setText(getTranslation("matching.board.moved", moved.name(),
                    getTranslation("matching.stage." + moved.stage().name())));
        } catch (MatchingRefusedException refused) {
            message.setText(getTranslation(refused.reason(), refused.values()));
        }
        show();
    }
}
