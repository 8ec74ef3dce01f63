package dk.nextwork.messaging.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.messaging.Channel;
import dk.nextwork.messaging.ChannelMessages;
import dk.nextwork.messaging.ChannelTitles;
import dk.nextwork.messaging.Channels;
import dk.nextwork.messaging.Message;
import dk.nextwork.messaging.MessageFeed;
import dk.nextwork.messaging.MessagingRefusedException;
import dk.nextwork.messaging.MessagingRoutes;
import dk.nextwork.messaging.Mentions;
import dk.nextwork.messaging.Moderation;
import dk.nextwork.messaging.Report;
import dk.nextwork.messaging.Unread;
import dk.nextwork.messaging.UnreadList;
import dk.nextwork.messaging.digest.Digests;
import dk.nextwork.messaging.journal.Journal;
import dk.nextwork.platform.content.Markdown;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.TouchTarget;

/**
 * {@code /app/messages}: the viewer's channels, and the one chosen ({@code ?channel=}) with its
 * latest messages, older ones a page at a time, and new ones as they are written, anywhere, without
 * reloading (Push). One's own message can be changed for ten minutes and deleted.
 */
@Route(value = MessagingRoutes.MESSAGES, layout = MainLayout.class)
@CssImport("./nextwork-messaging/messaging.css")
@RolesAllowed({Role.YOUTH_ID, Role.COUNSELLOR_ID, Role.COORDINATOR_ID, Role.COMPANY_REP_ID})
@Dependent
public class MessagesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 30;
    static final int EXCERPT = 80;

    private final Channels channels;
    private final ChannelMessages messages;
    private final MessageFeed feed;
    private final Moderation moderation;
    private final Unread unread;
    private final Journal journal;
    private final Digests digests;
    private final Div list = new Div();
    private final Paragraph status = Messages.status("messages-status");
    private final Map<Long, Div> shown = new HashMap<>();
    private Caller caller;
    private Channel channel;
    private long oldest;
    private long newest;
    private AutoCloseable following;
    /** The message the composer answers, or null. */
    private Message answering;
    private final Div answeringBar = new Div();
    private TextArea draft;

    @Inject
    public MessagesView(Channels channels, ChannelMessages messages, MessageFeed feed, Moderation moderation, Unread unread,
                        Journal journal, Digests digests) {
        this.channels = channels;
        this.digests = digests;
        this.journal = journal;
        this.unread = unread;
        this.moderation = moderation;
        this.messages = messages;
        this.feed = feed;
        addClassName("messages-view");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("messaging.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caller = CurrentUser.caller();
        draft = null;
        answering = null;
        stopFollowing();
        removeAll();
        add(new H1(getTranslation("messaging.title")));
        List<Channel> mine = channels.of(caller.user());
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("messaging.noChannels")));
            return;
        }
        String asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("channel", List.of())
                .stream().findFirst().orElse(mine.get(0).id());
        // a shared experience's discussion is no channel of the list, and opens from the agenda
        channel = mine.stream().filter(found -> found.id().equals(asked)).findFirst()
                .or(() -> channels.find(caller.user(), asked)).orElse(null);
        reports();
        FlexLayout body = new FlexLayout(channelList(mine));
        body.addClassName("messages-body");
        add(body, digestChoice());
        if (channel == null) {
            body.add(new Paragraph(getTranslation("messaging.notYours")));
            return;
        }
        body.add(conversation());
        getUI().ifPresent(this::follow);
    }

    /** For who looks after channels: the messages members reported, to hide or let stand. */
    private void reports() {
        List<Report> open = moderation.openReports(caller);
        if (open.isEmpty()) {
            return;
        }
        Div section = new Div();
        section.addClassName("reports");
        section.add(new H2(getTranslation("messaging.reports", open.size())));
        for (Report report : open) {
            Div row = new Div();
            row.addClassName("report");
            row.add(new Paragraph(getTranslation("messaging.reportLine", report.reporterName(), report.message().authorName(),
                    report.reason())), new Paragraph(report.message().text()));
            if (!report.message().files().isEmpty()) {
                row.add(new MessageFiles(report.message(), getLocale()));
            }
            Button hide = new Button(getTranslation("messaging.hide"), click -> new ReasonDialog(
                    getTranslation("messaging.hideTitle"), getTranslation("messaging.hideReason"), getTranslation("messaging.hide"),
                    reason -> {
                        moderation.hide(caller, report.channel(), report.seq(), reason);
                        row.setVisible(false);
                    }).open());
            Button stand = new Button(getTranslation("messaging.letStand"), click -> {
                moderation.letStand(caller, report.channel(), report.seq());
                row.setVisible(false);
            });
            row.add(new FlexLayout(hide, stand));
            section.add(row);
        }
        add(section);
    }

    /** The person's own say over the e-mail digest, saved as soon as it is changed. */
    private Div digestChoice() {
        Checkbox wanted = new Checkbox(getTranslation("messaging.digest.choice"), digests.wanted(caller));
        wanted.setId("digest-wanted");
        wanted.setHelperText(getTranslation("messaging.digest.choiceHelp"));
        Paragraph said = Messages.status("digest-status");
        wanted.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                digests.choose(caller, change.getValue());
                said.setText(getTranslation(change.getValue() ? "messaging.digest.turnedOn" : "messaging.digest.turnedOff"));
            }
        });
        Div choice = new Div(wanted, said);
        choice.addClassName("digest-choice");
        return choice;
    }

    private Nav channelList(List<Channel> mine) {
        Map<String, Integer> waiting = new HashMap<>();
        unread.of(caller).forEach(each -> waiting.put(each.channel().id(), each.count()));
        UnorderedList items = new UnorderedList();
        for (Channel each : mine) {
            Anchor link = new Anchor(MessagingRoutes.channel(each.id()), title(each));
            if (channel != null && each.id().equals(channel.id())) {
                link.getElement().setAttribute("aria-current", "page");
            } else if (waiting.containsKey(each.id())) {
                Span count = new Span(UnreadList.newIn(this, waiting.get(each.id()), getLocale()));
                count.addClassName("channel-unread");
                link.add(count);
            }
            items.add(new ListItem(link));
        }
        Nav nav = new Nav(items);
        nav.addClassName("channel-list");
        nav.getElement().setAttribute("aria-label", getTranslation("messaging.channels"));
        return nav;
    }

    private String title(Channel each) {
        return ChannelTitles.of(each, caller.user().id(), getLocale());
    }

    private Div conversation() {
        Div conversation = new Div();
        conversation.addClassName("conversation");
        conversation.add(new H2(title(channel)));
        if (channel.kind() == Channel.Kind.ENTRY) {
            journal.discussed(caller, channel.id()).ifPresent(entry -> conversation.add(ExperienceCard.of(entry)));
            conversation.add(TouchTarget.link(new Anchor(MessagingRoutes.AGENDA, getTranslation("messaging.agenda.back"))));
        }
        // the composer first: each message shown gets a way to answer it there
        Div composer = channel.writable() ? composer() : null;
        List<Message> latest = messages.before(caller, channel.id(), 0, PAGE);
        newest = latest.isEmpty() ? 0 : latest.get(0).seq();
        oldest = latest.isEmpty() ? 0 : latest.get(latest.size() - 1).seq();
        Button older = new Button(getTranslation("messaging.older"));
        older.addClassName("messages-older");
        older.setVisible(oldest > 1);
        older.addClickListener(click -> {
            List<Message> page = messages.before(caller, channel.id(), oldest, PAGE);
            page.forEach(message -> list.addComponentAsFirst(message(message)));
            if (!page.isEmpty()) {
                oldest = page.get(page.size() - 1).seq();
            }
            older.setVisible(oldest > 1);
        });
        list.addClassName("message-list");
        list.getElement().setAttribute("role", "log");
        list.getElement().setAttribute("aria-live", "polite");
        list.removeAll();
        shown.clear();
        for (int i = latest.size() - 1; i >= 0; i--) {
            list.add(message(latest.get(i)));
        }
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("messaging.empty")));
        }
        conversation.add(older, list);
        if (composer != null) {
            conversation.add(composer);
        } else {
            // who only reads: a coordinator reading a group along, or a member of a group that has ended
            conversation.add(new Paragraph(getTranslation(caller.user().has(Role.COORDINATOR) ? "messaging.readOnly"
                    : "messaging.readOnlyEnded")));
        }
        conversation.add(status);
        seen();
        return conversation;
    }

    private Div composer() {
        TextArea text = new TextArea(getTranslation("messaging.write"));
        text.setMaxLength(ChannelMessages.MAX_LENGTH);
        text.setWidthFull();
        text.setId("message-text");
        text.setHelperText(getTranslation("messaging.formatting"));
        draft = text;
        answeringBar.addClassName("composer-reply");
        answer(null);
        FilePicker files = new FilePicker(status::setText);
        Button send = new Button(getTranslation("messaging.send"), click -> {
            try {
                messages.reply(caller, channel.id(), answering == null ? 0 : answering.seq(), text.getValue(), files.files());
                text.clear();
                files.clear();
                answer(null);
                status.setText("");
                catchUp();
            } catch (MessagingRefusedException refused) {
                status.setText(getTranslation(refused.reason(), refused.values()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("message-send");
        Div composer = new Div(answeringBar, text, files, send);
        composer.addClassName("composer");
        return composer;
    }

    /** The composer answers the message (null: none), and says so above the text with a way back. */
    private void answer(Message message) {
        answering = message;
        answeringBar.removeAll();
        answeringBar.setVisible(message != null);
        if (message != null) {
            Button stop = new Button(getTranslation("messaging.replyStop"), click -> answer(null));
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            stop.setId("message-reply-stop");
            answeringBar.add(new Paragraph(getTranslation("messaging.replyingTo", message.authorName(), excerpt(message.text()))),
                    stop);
            draft.focus();
        }
    }

    private static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1).stripTrailing() + "…";
    }

    private Div message(Message message) {
        Div shownMessage = new Div();
        shownMessage.addClassName("message");
        shownMessage.getElement().setAttribute("data-seq", String.valueOf(message.seq()));
        fill(shownMessage, message);
        shown.put(message.seq(), shownMessage);
        return shownMessage;
    }

    private void fill(Div shownMessage, Message message) {
        shownMessage.removeAll();
        shownMessage.removeClassNames("deleted", "hidden-message", "mentions-you");
        Span author = new Span(message.authorName());
        author.addClassName("message-author");
        Span at = new Span(Formats.moment(message.at(), getLocale()));
        at.addClassName("message-at");
        shownMessage.add(author, at);
        if (message.deleted()) {
            shownMessage.add(new Paragraph(getTranslation("messaging.deleted")));
            shownMessage.addClassName("deleted");
            return;
        }
        if (message.hidden().isPresent() && message.text().isEmpty()) {
            shownMessage.add(new Paragraph(getTranslation("messaging.hidden")));
            shownMessage.addClassName("hidden-message");
            return;
        }
        message.replyTo().ifPresent(answered -> {
            Div quote = new Div(new Paragraph(answered.text().isEmpty()
                    ? getTranslation("messaging.replyToGone", answered.authorName())
                    : getTranslation("messaging.replyTo", answered.authorName(), excerpt(answered.text()))));
            quote.addClassName("message-reply");
            shownMessage.add(quote);
        });
        // the short Markdown, through the rich-text sanitiser: no HTML, script or javascript: link survives
        Div text = new Div();
        text.getElement().setProperty("innerHTML", Markdown.shortHtml(message.text(), message.mentions().isEmpty() ? null
                : Mentions.of(message.mentions().stream().map(Message.Mention::name).toList())));
        text.addClassName("message-text");
        if (!message.text().isEmpty()) {
            shownMessage.add(text);
        }
        if (!message.files().isEmpty()) {
            shownMessage.add(new MessageFiles(message, getLocale()));
        }
        if (message.mentions(caller.user().id())) {
            shownMessage.addClassName("mentions-you");
            Span you = new Span(getTranslation("messaging.mentionsYou"));
            you.addClassName("message-mentions-you");
            shownMessage.add(you);
        }
        message.hidden().ifPresent(hidden -> {
            Paragraph why = new Paragraph(getTranslation(message.byUser(caller.user().id()) ? "messaging.hiddenOwn"
                    : "messaging.hiddenFor", hidden.byName(), hidden.reason()));
            why.addClassName("message-hidden-why");
            shownMessage.add(why);
        });
        if (message.edited().isPresent()) {
            Span edited = new Span(getTranslation("messaging.edited"));
            edited.addClassName("message-edited");
            shownMessage.add(edited);
        }
        FlexLayout actions = message.byUser(caller.user().id()) && channel.writable() ? ownActions(shownMessage, message)
                : othersActions(shownMessage, message);
        if (channel.writable() && draft != null && message.hidden().isEmpty()) {
            Button reply = new Button(getTranslation("messaging.reply"), click -> answer(message));
            reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            reply.addClassName("message-reply-button");
            actions.addComponentAsFirst(reply);
        }
        shownMessage.add(actions);
    }

    /** Reporting another's message; hiding it, or showing it again, for who looks after the channel. */
    private FlexLayout othersActions(Div shownMessage, Message message) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("message-actions");
        if (channel.moderates()) {
            if (message.hidden().isPresent()) {
                Button show = new Button(getTranslation("messaging.show"), click -> {
                    try {
                        fill(shownMessage, moderation.show(caller, channel.id(), message.seq()));
                    } catch (MessagingRefusedException refused) {
                        status.setText(getTranslation(refused.reason(), refused.values()));
                    }
                });
                show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                actions.add(show);
            } else {
                Button hide = new Button(getTranslation("messaging.hide"), click -> new ReasonDialog(
                        getTranslation("messaging.hideTitle"), getTranslation("messaging.hideReason"),
                        getTranslation("messaging.hide"),
                        reason -> fill(shownMessage, moderation.hide(caller, channel.id(), message.seq(), reason))).open());
                hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                actions.add(hide);
            }
        } else if (message.hidden().isEmpty() && channel.writable()) {
            Button report = new Button(getTranslation("messaging.report"), click -> new ReasonDialog(
                    getTranslation("messaging.reportTitle"), getTranslation("messaging.reportReason"),
                    getTranslation("messaging.report"), reason -> {
                        moderation.report(caller, channel.id(), message.seq(), reason);
                        status.setText(getTranslation("messaging.reported"));
                    }).open());
            report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(report);
        }
        return actions;
    }

    private FlexLayout ownActions(Div shownMessage, Message message) {
        FlexLayout actions = new FlexLayout();
        if (messages.editable(caller, message)) {
            Button edit = new Button(getTranslation("messaging.edit"), click -> editing(shownMessage, message));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(edit);
        }
        Button delete = new Button(getTranslation("messaging.delete"), click -> {
            ConfirmDialog sure = new ConfirmDialog(getTranslation("messaging.deleteTitle"), getTranslation("messaging.deleteText"),
                    getTranslation("messaging.delete"), confirmed -> {
                        try {
                            fill(shownMessage, messages.delete(caller, channel.id(), message.seq()));
                        } catch (MessagingRefusedException refused) {
                            status.setText(getTranslation(refused.reason(), refused.values()));
                        }
                    });
            sure.setCancelable(true);
            sure.setCancelText(getTranslation("messaging.cancel"));
            sure.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(delete);
        actions.addClassName("message-actions");
        return actions;
    }

    private void editing(Div shownMessage, Message message) {
        shownMessage.removeAll();
        TextArea text = new TextArea(getTranslation("messaging.editLabel"), message.text(), "");
        text.setMaxLength(ChannelMessages.MAX_LENGTH);
        text.setWidthFull();
        Button save = new Button(getTranslation("messaging.save"), click -> {
            try {
                fill(shownMessage, messages.edit(caller, channel.id(), message.seq(), text.getValue()));
            } catch (MessagingRefusedException refused) {
                status.setText(getTranslation(refused.reason(), refused.values()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("messaging.cancel"), click -> fill(shownMessage, message));
        shownMessage.add(text, new FlexLayout(save, cancel));
    }

    /** New messages and changed ones, as the feed hands them or after one's own post. */
    private void take(List<Message> arrived) {
        for (Message message : arrived) {
            Div existing = shown.get(message.seq());
            if (existing != null) {
                fill(existing, message);
            } else if (message.seq() > newest) {
                if (newest == 0) {
                    list.removeAll();
                }
                list.add(message(message));
                newest = message.seq();
            }
        }
        seen();
        getUI().ifPresent(MainLayout::refreshBadges);
    }

    /** What the view shows the viewer has seen: the channel's count, and the badge, go down. */
    private void seen() {
        if (newest > 0) {
            unread.markRead(caller, channel.id(), newest);
        }
    }

    private void catchUp() {
        take(messages.after(caller, channel.id(), newest));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        follow(attach.getUI());
    }

    private void follow(UI ui) {
        if (channel != null && following == null) {
            following = feed.follow(caller, channel.id(), newest, arrived -> ui.access(() -> take(arrived)));
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        super.onDetach(detach);
        stopFollowing();
    }

    private void stopFollowing() {
        if (following != null) {
            try {
                following.close();
            } catch (Exception ignored) {
                // closing a follow only removes it from a list
            }
            following = null;
        }
    }

}
