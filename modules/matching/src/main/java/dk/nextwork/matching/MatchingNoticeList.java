package dk.nextwork.matching;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** The matching's notices as a list for a start view: each a line in the viewer's words that links to where it is done. */
public class MatchingNoticeList extends Composite<Div> {

    public MatchingNoticeList(List<Notice> notices) {
        getContent().addClassName("matching-notices");
        UnorderedList items = new UnorderedList();
        items.getStyle().set("padding-left", "0").set("list-style", "none");
        for (Notice notice : notices) {
            ListItem item = new ListItem(new Anchor(notice.route(), getTranslation(notice.text(), notice.values().toArray())));
            item.addClassName("matching-notice");
            items.add(item);
        }
        getContent().add(items);
    }
}
