package dk.nextwork.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import javax.jcr.Node;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Mail;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.i18n.Texts;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Company;

/**
 * Reminds company representatives of overdue weekly reports and assessments: by e-mail, at most
 * once every {@value #EVERY_DAYS} days per company while something is overdue (the dashboard shows
 * the overdue reports in the app at all times). The mail names no young person: it asks the
 * representative to sign in. When a company was last reminded is kept in {@value #ROOT}.
 */
@ApplicationScoped
public class Reminders {

    public static final String ROOT = "/system/reminders";
    public static final int EVERY_DAYS = 7;

    private final PortalRepository repository;
    private final OverdueReports overdue;
    private final Companies companies;
    private final Accounts accounts;
    private final Mail mail;
    private final AuditTrail audit;
    private final Clock clock;

    protected Reminders() {
        this(null, null, null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public Reminders(PortalRepository repository, OverdueReports overdue, Companies companies, Accounts accounts, Mail mail,
                     AuditTrail audit) {
        this(repository, overdue, companies, accounts, mail, audit, Clock.systemUTC());
    }

    public Reminders(PortalRepository repository, OverdueReports overdue, Companies companies, Accounts accounts, Mail mail,
                     AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.overdue = overdue;
        this.companies = companies;
        this.accounts = accounts;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sends the reminders that are due now; returns how many e-mails went out. Counts every
     * company's overdue reports afresh as it goes, which keeps {@link OverdueReports} of the hour.
     */
    public int send() {
        LocalDate today = PortalTime.today(clock);
        Texts texts = Texts.of(Reminders.class.getClassLoader());
        Map<String, Integer> late = this.overdue.recountAll(today, clock.instant());
        int sent = 0;
        for (Company company : companies.all()) {
            int overdue = late.getOrDefault(company.id(), 0);
            if (overdue == 0 || !isTimeToRemind(company.id(), today)) {
                continue;
            }
            for (UserAccount representative : accounts.representativesOf(company.id())) {
                Locale locale = Locale.forLanguageTag(representative.language());
                if (mail.send(representative.email(), texts.get(locale, "reporting.reminder.subject", overdue),
                        texts.get(locale, "reporting.reminder.text", representative.name(), overdue, company.name()))) {
                    sent++;
                    audit.record("system:reminders", "reminder.sent", null, representative.id(), null);
                }
            }
            remember(company.id(), today);
        }
        return sent;
    }

    private boolean isTimeToRemind(String company, LocalDate today) {
        return repository.withServiceSession(session -> {
            String path = ROOT + "/" + company;
            return !session.nodeExists(path)
                    || !LocalDate.parse(session.getNode(path).getProperty("lastSent").getString()).plusDays(EVERY_DAYS).isAfter(today);
        });
    }

    private void remember(String company, LocalDate today) {
        repository.withServiceSession(session -> {
            Node root = session.getNode(ROOT);
            Node node = root.hasNode(company) ? root.getNode(company) : root.addNode(company, "nt:unstructured");
            node.setProperty("lastSent", today.toString());
            session.save();
            return null;
        });
    }
}
