package dk.nextwork.identity.internal;

import java.util.List;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.PropertyType;

import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.PasswordRejectedException;
import dk.nextwork.identity.Role;
import dk.nextwork.platform.config.PlatformSettings;
import dk.nextwork.platform.module.InstallContext;
import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.VersionHandler;
import dk.nextwork.platform.repository.LargeFolders;

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
            List.of("sofie.ahmadi@nextwork.example", "Sofie Ahmadi (demo)"));

    private static final Task TREES = Task.of("create the trees of accounts, tokens and the audit trail", context -> {
        Node system = context.session().getNode("/system");
        for (String tree : List.of("accounts", "tokens", "audit")) {
            if (!system.hasNode(tree)) {
                system.addNode(tree, "nt:unstructured");
            }
        }
    });

    private static final Task INDEXES = Task.of("index accounts by e-mail and the audit trail by person", context -> {
        Node indexes = context.session().getNode("/oak:index");
        for (String property : List.of(AccountStore.EMAIL, AuditTrail.SUBJECT)) {
            if (!indexes.hasNode(property)) {
                Node index = indexes.addNode(property, "oak:QueryIndexDefinition");
                index.setProperty("type", "property");
                index.setProperty("propertyNames", new String[] {property}, PropertyType.NAME);
                index.setProperty("reindex", true);
            }
        }
    });

    private static final Task FIRST_ACCOUNTS = Task.of("create the first accounts", IdentityVersionHandler::firstAccounts);

    @Override
    public List<Task> installTasks() {
        return List.of(TREES, INDEXES, FIRST_ACCOUNTS, UNORDERED, THROTTLE);
    }

    private static final Task UNORDERED = Task.of("keep no child order among the accounts",
            context -> LargeFolders.makeUnordered(context.session(), AccountStore.ROOT));

    private static final Task THROTTLE = Task.of("count failed sign-ins per address and client",
            context -> SignInThrottle.createTree(context.session()));

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
        return List.of(UpdateStep.to("1.1.0", UNORDERED), UpdateStep.to("1.2.0", THROTTLE, NO_ACCOUNT_LOCKS));
    }

    private static void firstAccounts(InstallContext context) throws Exception {
        var configuration = context.configuration();
        if (configuration.get(PlatformSettings.MODE) == PlatformSettings.Mode.DEMO) {
            for (List<String> demo : DEMO_ACCOUNTS) {
                add(context, demo.get(0), demo.get(1), demo.get(2), Role.find(demo.get(3)).orElseThrow(), demo.get(4));
            }
            for (List<String> young : DEMO_YOUNG_PEOPLE) {
                AccountStore.add(context.session(), young.get(0), young.get(1), Set.of(Role.YOUTH), "", "da");
            }
            return;
        }
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
        Node account = AccountStore.add(context.session(), email, name, Set.of(role), company, "da");
        account.setProperty("passwordHash", PasswordHashing.hash(password));
    }
}
