package dk.nextwork.today.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import dk.nextwork.reporting.DueReport;
import dk.nextwork.reporting.PeriodLabels;
import dk.nextwork.reporting.ReportForms;
import dk.nextwork.reporting.ReportsToFile;

/**
 * Reports to file, by young person: first what can be filed now (due or overdue), then what comes
 * later, then what was sent and can still be corrected.
 */
class ToDoList extends Div {

    ToDoList(List<ReportsToFile> toDo) {
        addClassName("today-section");
        if (toDo.isEmpty()) {
            add(Blocks.quiet(getTranslation("today.todo.nothing")));
        }
        for (ReportsToFile person : toDo) {
            Div group = new Div(new H3(person.name()));
            group.addClassName("todo-person");
            part(group, "today.todo.now", person.now(), "todo-now");
            part(group, "today.todo.later", person.later(), "todo-later");
            part(group, "today.todo.sent", person.sent(), "todo-sent");
            add(group);
        }
    }

    private void part(Div group, String titleKey, List<DueReport> items, String className) {
        if (items.isEmpty()) {
            return;
        }
        UnorderedList list = Blocks.list(className);
        Locale locale = getLocale();
        for (DueReport item : items) {
            String what = getTranslation(PeriodLabels.instrumentKey(item.instrument())) + " · "
                    + PeriodLabels.period(item.period(), locale, this::getTranslation);
            String state = item.isSubmitted() ? getTranslation("today.todo.wasSent")
                    : item.overdue() ? getTranslation("today.todo.wasDue", item.dueBy())
                    : getTranslation("today.todo.dueBy", item.dueBy());
            String action = item.isSubmitted() ? "today.todo.correct" : item.saved().isPresent() ? "today.todo.continue" : "today.todo.fill";
            list.add(Blocks.item(new Span(what), Blocks.quiet(state), Blocks.link(getTranslation(action), ReportForms.location(item))));
        }
        group.add(Blocks.quiet(getTranslation(titleKey)), list);
    }
}
