package dk.nextwork.messaging;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.Caller;
import dk.nextwork.platform.testing.RunningPlatform;

/** What the messaging's service tests start from: the demo, its group "Tirsdagsgruppen", Mikkel and Noah in it, Jonas leading it. */
abstract class OverTheDemoGroup {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    MessagingFixture fixture;
    Caller mikkel;
    Caller noah;
    Caller jonas;
    /** The group's channel. */
    String group;

    @BeforeEach
    void wire() throws Exception {
        fixture = new MessagingFixture(running.platform(), running.clock());
        mikkel = fixture.caller("youth@nextwork.example");
        noah = fixture.caller("noah.vestergaard@nextwork.example");
        jonas = fixture.caller("counsellor@nextwork.example");
        group = Channel.groupId(fixture.programme.programme.groupsLedBy(jonas.user().id()).get(0).id());
    }
}
