package dk.nextwork.contentapps.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import dk.nextwork.contentapps.ContentItems;
import dk.nextwork.contentapps.EditRefusedException;
import dk.nextwork.contentapps.EditableItem;
import dk.nextwork.contentapps.Proposal;
import dk.nextwork.contentapps.Proposals;
import dk.nextwork.contentapps.StaleEditException;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.content.ContentValidationException;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;

/**
 * {@code /app/proposals}: company representatives' proposed changes to their partner pages,
 * oldest first. An editor compares a proposal with the public page and accepts it (it becomes
 * the page's draft, opened to check and publish) or rejects it with a reason.
 */
@Route(value = "proposals", layout = MainLayout.class)
@RolesAllowed(Role.EDITOR_ID)
@Dependent
public class ProposalsView extends VerticalLayout implements HasDynamicTitle {

    private final Proposals proposals;
    private final ContentItems items;
    private final SignedInUser user = CurrentUser.get();
    private final String language = CurrentUser.language();
    private final Grid<Proposal> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final Paragraph message = Messages.status("proposals-message");

    @Inject
    public ProposalsView(Proposals proposals, ContentItems items) {
        this.proposals = proposals;
        this.items = items;
        grid.addColumn(proposal -> Formats.moment(proposal.created(), getLocale())).setHeader(getTranslation("content.proposals.when"))
                .setAutoWidth(true);
        grid.addColumn(Proposal::proposedByName).setHeader(getTranslation("content.proposals.who")).setAutoWidth(true);
        grid.addColumn(Proposal::itemPath).setHeader(getTranslation("content.proposals.page"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> showDetail(event.getValue()));
        detail.setPadding(false);
        add(new H1(getTranslation("content.proposals.title")), new Paragraph(getTranslation("content.proposals.intro")),
                message, grid, detail);
        refresh();
    }

    private void refresh() {
        List<Proposal> open = proposals.open(user);
        grid.setItems(open);
        if (open.isEmpty()) {
            message.setText(getTranslation("content.proposals.none"));
        }
        detail.removeAll();
    }

    private void showDetail(Proposal proposal) {
        detail.removeAll();
        if (proposal == null) {
            return;
        }
        EditableItem page;
        try {
            page = items.open(user, proposal.itemPath());
        } catch (EditRefusedException refused) {
            message.setText(getTranslation(refused.reason(), refused.values()));
            return;
        }
        TextArea reason = new TextArea(getTranslation("content.proposals.reason"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Button accept = new Button(getTranslation("content.proposals.accept"), click -> accept(proposal, page.revision()));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("proposal-accept");
        Button reject = new Button(getTranslation("content.proposals.reject"), click -> reject(proposal, reason.getValue()));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("proposal-reject");
        detail.add(new H2(getTranslation("content.proposals.detail", proposal.proposedByName(), page.item().title())),
                new DiffTable(page.type(), language, getTranslation("content.proposals.public"), page.published(),
                        getTranslation("content.proposals.proposed"), proposal.values(), true),
                new HorizontalLayout(accept), reason, new HorizontalLayout(reject));
    }

    void accept(Proposal proposal, long revision) {
        try {
            proposals.accept(user, proposal.id(), revision);
            UI.getCurrent().navigate(ItemEditorView.class, QueryParameters.of("path", proposal.itemPath()));
        } catch (ContentValidationException invalid) {
            message.setText(getTranslation("content.proposals.invalid"));
        } catch (StaleEditException stale) {
            message.setText(ItemEditorView.staleMessage(this, stale.current()));
            showDetail(proposal);
        } catch (EditRefusedException refused) {
            message.setText(getTranslation(refused.reason(), refused.values()));
        }
    }

    void reject(Proposal proposal, String reason) {
        try {
            proposals.reject(user, proposal.id(), reason);
            refresh();
            message.setText(getTranslation("content.proposals.rejected", proposal.proposedByName()));
        } catch (EditRefusedException refused) {
            message.setText(getTranslation(refused.reason(), refused.values()));
        }
    }

    Grid<Proposal> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("content.proposals.title"));
    }
}
