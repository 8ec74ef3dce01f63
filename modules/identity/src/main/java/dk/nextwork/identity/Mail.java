package dk.nextwork.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.identity.internal.IdentitySettings;
import dk.nextwork.platform.config.PortalConfiguration;

/**
 * The portal's e-mail: sent through the configured SMTP server, or, without one (as in demo
 * mode), written as .eml files to the outbox folder in the data folder, where administrators
 * can read them in the application. Either way the flow works the same for the user.
 */
@ApplicationScoped
public class Mail {

    private static final Logger LOG = LoggerFactory.getLogger(Mail.class);

    /** A message in the outbox folder. */
    public record OutboxMessage(String file, String to, String subject, Instant written, String text) {
    }

    private final PortalConfiguration configuration;
    private final Clock clock;

    protected Mail() {
        this(null, Clock.systemUTC());
    }

    @Inject
    public Mail(PortalConfiguration configuration) {
        this(configuration, Clock.systemUTC());
    }

    /** With the clock a message is dated by. */
    public Mail(PortalConfiguration configuration, Clock clock) {
        this.configuration = configuration;
        this.clock = clock;
    }

    /** Sends a plain-text message; false (and logged) when it could not be sent. */
    public boolean send(String to, String subject, String text) {
        try {
            Session session = session();
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(configuration.get(IdentitySettings.MAIL_FROM)));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            if (configuration.find(IdentitySettings.SMTP_HOST).isPresent()) {
                Transport.send(message);
            } else {
                Files.createDirectories(outbox());
                // named by the real time of writing, not by the clock (a test's stands still): the outbox is listed
                // by name, which must follow the order the messages were written in
                Path file = outbox().resolve(System.currentTimeMillis() + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml");
                try (OutputStream out = Files.newOutputStream(file)) {
                    message.writeTo(out);
                }
                LOG.info("E-mail to the outbox (no SMTP server configured): {}", file.getFileName());
            }
            return true;
        } catch (MessagingException | IOException e) {
            LOG.error("E-mail '{}' could not be sent", subject, e);
            return false;
        }
    }

    /** Whether e-mail goes to the outbox folder instead of an SMTP server. */
    public boolean usesOutbox() {
        return configuration.find(IdentitySettings.SMTP_HOST).isEmpty();
    }

    /** The outbox, newest first. */
    public List<OutboxMessage> outboxMessages() throws IOException {
        List<OutboxMessage> messages = new ArrayList<>();
        if (!Files.isDirectory(outbox())) {
            return messages;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(outbox(), "*.eml")) {
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    MimeMessage message = new MimeMessage(session(), in);
                    Address[] to = message.getRecipients(Message.RecipientType.TO);
                    messages.add(new OutboxMessage(file.getFileName().toString(),
                            to == null || to.length == 0 ? "" : to[0].toString(), message.getSubject(),
                            message.getSentDate() == null ? Files.getLastModifiedTime(file).toInstant()
                                    : message.getSentDate().toInstant(),
                            String.valueOf(message.getContent()).strip()));
                } catch (MessagingException e) {
                    LOG.warn("The outbox file {} cannot be read", file, e);
                }
            }
        }
        messages.sort((a, b) -> b.file().compareTo(a.file()));
        return messages;
    }

    private Path outbox() {
        return configuration.home().resolve("outbox");
    }

    private Session session() {
        Properties properties = new Properties();
        configuration.find(IdentitySettings.SMTP_HOST).ifPresent(host -> {
            properties.put("mail.smtp.host", host);
            properties.put("mail.smtp.port", String.valueOf(configuration.get(IdentitySettings.SMTP_PORT)));
            properties.put("mail.smtp.starttls.enable", String.valueOf(configuration.get(IdentitySettings.SMTP_STARTTLS)));
            properties.put("mail.smtp.starttls.required", String.valueOf(configuration.get(IdentitySettings.SMTP_STARTTLS)));
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "10000");
        });
        var user = configuration.find(IdentitySettings.SMTP_USER);
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String password = configuration.find(IdentitySettings.SMTP_PASSWORD).orElse("");
            return Session.getInstance(properties, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(user.get(), password);
                }
            });
        }
        return Session.getInstance(properties);
    }
}
