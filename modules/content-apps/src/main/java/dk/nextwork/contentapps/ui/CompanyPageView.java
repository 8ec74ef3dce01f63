package dk.nextwork.contentapps.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.contentapps.EditRefusedException;
import dk.nextwork.contentapps.EditableItem;
import dk.nextwork.contentapps.Proposal;
import dk.nextwork.contentapps.Proposals;
import dk.nextwork.dam.Asset;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.content.ContentValidationException;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;

/**
 * {@code /app/company-page}: a company representative proposes changes to their company's
 * partner page; the editors review them. Shows what the representative proposed before, and what
 * became of it.
 */
@Route(value = "company-page", layout = MainLayout.class)
@RolesAllowed(Role.COMPANY_REP_ID)
@Dependent
public class CompanyPageView extends VerticalLayout implements HasDynamicTitle {

    private final Proposals proposals;
    private final SignedInUser user = CurrentUser.get();
    private final Paragraph message = Messages.status("company-page-message");
    private final Grid<Proposal> mine = new Grid<>();
    private ContentForm form;

    @Inject
    public CompanyPageView(Proposals proposals) {
        this.proposals = proposals;
        add(new H1(getTranslation("content.company.title")));
        EditableItem page;
        try {
            page = proposals.ownPage(user);
        } catch (EditRefusedException refused) {
            add(new Paragraph(getTranslation(refused.reason(), refused.values())));
            return;
        }
        form = new ContentForm(page.type(), CurrentUser.language(), new ContentForm.Choices() {
            @Override
            public List<dk.nextwork.contentapps.ContentItem> itemsOfType(String typeName) {
                return List.of();
            }

            @Override
            public List<Asset> assets() {
                return List.of();
            }
        });
        form.setValues(page.values());
        Button send = new Button(getTranslation("content.company.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("company-send");
        mine.addColumn(proposal -> Formats.moment(proposal.created(), getLocale())).setHeader(getTranslation("content.proposals.when"))
                .setAutoWidth(true);
        mine.addColumn(proposal -> getTranslation("content.proposal.status." + proposal.status().name().toLowerCase()))
                .setHeader(getTranslation("content.column.status")).setAutoWidth(true);
        mine.addColumn(proposal -> proposal.reason().orElse("")).setHeader(getTranslation("content.proposals.reason"));
        mine.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("content.company.intro", page.item().title())), form, send, message,
                new H2(getTranslation("content.company.mine")), mine);
        refresh();
    }

    void send() {
        try {
            proposals.propose(user, form.values());
            form.markSaved();
            message.setText(getTranslation("content.company.sent"));
            refresh();
        } catch (ContentValidationException invalid) {
            form.showErrors(invalid.errors());
            message.setText(getTranslation("content.invalid"));
        } catch (EditRefusedException refused) {
            message.setText(getTranslation(refused.reason(), refused.values()));
        }
    }

    private void refresh() {
        try {
            mine.setItems(proposals.mine(user));
        } catch (EditRefusedException e) {
            throw new IllegalStateException(e);
        }
    }

    ContentForm form() {
        return form;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("content.company.title"));
    }
}
