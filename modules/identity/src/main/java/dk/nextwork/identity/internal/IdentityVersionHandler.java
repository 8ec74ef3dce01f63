package dk.nextwork.identity.internal;

import java.util.List;
import java.util.Set;

import javax.jcr.Node;

import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.PasswordRejectedException;
import dk.nextwork.identity.Role;
import dk.nextwork.platform.module.InstallContext;
import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.Tasks;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.VersionHandler;

/**
 * Sets up where accounts, tokens and the audit trail live, with the indexes they are found by;
 * then the first accounts: in demo mode one per role (listed in the README), in production mode
 * only the administrator named in the environment, without whom the portal does not start.
 */
public final class IdentityVersionHandler implements VersionHandler {

    /** The demo accounts: e-mail, name, password, role, company. Documented in the README. */
    static final List<List<String>> DEMO_ACCOUNTS = List.of(
            List.of("youth@nextwork.example", "Mikkel Holm (demo)", "demo-ung-2026", "youth", ""),
            List.of("company@nextwork.example", "Sara Bech (demo)", "demo-virksomhed-2026", "company_rep", "surdejshjoernet"),
            List.of("counsellor@nextwork.example", "Jonas Krogh (demo)", "demo-vejleder-2026", "counsellor", ""),
            List.of("coordinator@nextwork.example", "Hanne Lund (demo)", "demo-koordinator-2026", "coordinator", ""),
            List.of("editor@nextwork.example", "Peter Dahl (demo)", "demo-redaktoer-2026", "editor", ""),
            List.of("admin@nextwork.example", "Anna Berg (demo)", "demo-drift-2026", "admin", ""));

    /** More young people in the demo programme: invited, without a password yet. */
    static final List<List<String>> DEMO_YOUNG_PEOPLE = List.of(
            List.of("emma.friis@nextwork.example", "Emma Friis (demo)"),
            List.of("noah.vestergaard@nextwork.example", "Noah Vestergaard (demo)"),
            List.of("sofie.ahmadi@nextwork.example", "Sofie Ahmadi (demo)"),
            // with Mikkel and Noah, Jonas's group is big enough for the cohort view's figures (at least five)
            List.of("ali.demir@nextwork.example", "Ali Demir (demo)"),
            List.of("freja.moeller@nextwork.example", "Freja Møller (demo)"),
            List.of("laura.nielsen@nextwork.example", "Laura Nielsen (demo)"),
            List.of("oliver.jensen@nextwork.example", "Oliver Jensen (demo)"));

    /** Mikkel's contact person at the workshop he is placed at: invited, without a password yet. */
    static final List<String> DEMO_WORKSHOP_REPRESENTATIVE = List.of("kim.thorsen@nextwork.example", "Kim Thorsen (demo)",
            "fjordbyens-vaerksted");

    private static final Task TREES = Tasks.trees(AccountStore.ROOT, TokenStore.ROOT, AuditTrail.ROOT);

    /** Accounts are found by e-mail, the audit trail by the person it is about. */
    private static final Task EMAIL_INDEX = Tasks.propertyIndex(AccountStore.EMAIL, AccountStore.EMAIL);
    private static final Task AUDIT_INDEX = Tasks.propertyIndex(AuditTrail.SUBJECT, AuditTrail.SUBJECT);

    /** A company's representatives are found by the company. */
    private static final Task COMPANY_INDEX = Tasks.propertyIndex("accountCompany", AccountStore.COMPANY, AccountStore.ROOT);

    /** The counsellors (and the holders of any role) are found by the role, not by reading every account. */
    private static final Task ROLE_INDEX = Tasks.propertyIndex("accountRoles", AccountStore.ROLES, AccountStore.ROOT);

    private static final Task DEMO = Task.demo("create the demo accounts and the invited young people",
            IdentityVersionHandler::demoAccounts);

    private static final Task ADMINISTRATOR = Task.production("create the administrator named in the environment",
            IdentityVersionHandler::administrator);

    private static final Task UNORDERED = Tasks.largeFolders(AccountStore.ROOT);

    /** Failed sign-ins are counted per address and client. */
    private static final Task THROTTLE = Tasks.largeFolders(SignInThrottle.ROOT);

    @Override
    public List<Task> installTasks() {
        return List.of(TREES, EMAIL_INDEX, AUDIT_INDEX, COMPANY_INDEX, ROLE_INDEX, DEMO, ADMINISTRATOR, UNORDERED, THROTTLE);
    }

    /** Before 1.2.0 an account counted its own failed sign-ins, which let strangers lock its owner out. */
    private static final Task NO_ACCOUNT_LOCKS = Task.of("remove the accounts' own failure counts", context -> {
        for (var accounts = context.session().getNode(AccountStore.ROOT).getNodes(); accounts.hasNext(); ) {
            Node account = accounts.nextNode();
            for (String property : List.of("failedSignIns", "lockedUntil")) {
                if (account.hasProperty(property)) {
                    account.getProperty(property).remove();
                }
            }
        }
    });

    @Override
    public List<UpdateStep> updateSteps() {
        return List.of(UpdateStep.to("1.1.0", UNORDERED), UpdateStep.to("1.2.0", THROTTLE, NO_ACCOUNT_LOCKS),
                UpdateStep.to("1.3.0", COMPANY_INDEX), UpdateStep.to("1.4.0", ROLE_INDEX));
    }

    private static void demoAccounts(InstallContext context) throws Exception {
        for (List<String> demo : DEMO_ACCOUNTS) {
            add(context, demo.get(0), demo.get(1), demo.get(2), Role.find(demo.get(3)).orElseThrow(), demo.get(4));
        }
        for (List<String> young : DEMO_YOUNG_PEOPLE) {
            AccountStore.add(context.session(), young.get(0), young.get(1), Set.of(Role.YOUTH), "", "da",
                    context.clock().instant());
        }
        AccountStore.add(context.session(), DEMO_WORKSHOP_REPRESENTATIVE.get(0), DEMO_WORKSHOP_REPRESENTATIVE.get(1),
                Set.of(Role.COMPANY_REP), DEMO_WORKSHOP_REPRESENTATIVE.get(2), "da", context.clock().instant());
    }

    /** Without an administrator a production portal cannot be administered: it does not start. */
    private static void administrator(InstallContext context) throws Exception {
        var configuration = context.configuration();
        var email = configuration.find(IdentitySettings.ADMIN_EMAIL);
        var password = configuration.find(IdentitySettings.ADMIN_PASSWORD);
        if (email.isEmpty() || password.isEmpty()) {
            throw new IllegalStateException("Production mode needs an administrator on the first start: set "
                    + IdentitySettings.ADMIN_EMAIL.environmentVariable() + " and "
                    + IdentitySettings.ADMIN_PASSWORD.environmentVariable());
        }
        try {
            PasswordPolicy.check(password.get(), email.get(), "");
        } catch (PasswordRejectedException e) {
            throw new IllegalStateException(IdentitySettings.ADMIN_PASSWORD.environmentVariable() + ": " + e.getMessage(), e);
        }
        add(context, email.get(), "Administrator", password.get(), Role.ADMIN, "");
    }

    private static void add(InstallContext context, String email, String name, String password, Role role,
                            String company) throws Exception {
        Node account = AccountStore.add(context.session(), email, name, Set.of(role), company, "da",
                context.clock().instant());
        account.setProperty("passwordHash", PasswordHashing.hash(password));
    }
}
