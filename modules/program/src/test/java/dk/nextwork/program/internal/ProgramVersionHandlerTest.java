package dk.nextwork.program.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.testing.DemoRepository;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;

/** What the programme's install stores. */
@ExtendWith(DemoRepository.Parameter.class)
class ProgramVersionHandlerTest {

    @TempDir
    Path home;

    private Platform start() throws Exception {
        return Platform.start(PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString(),
                "NEXTWORK_LIGHT_MODULES", Path.of("../../light-modules").toAbsolutePath().normalize().toString()), home),
                getClass().getClassLoader());
    }

    @Test
    void theDemoKeepsWhereNoahMovedOnToApartFromAnyReason(DemoRepository demo) throws Exception {
        demo.copyInto(home);
        try (Platform platform = start()) {
            Placement noah = placement(new Programme(platform.repository()), "noah-surdejshjoernet");
            assertEquals(Optional.of("midtvejs-lager"), noah.movedOnTo());
            assertEquals(Optional.empty(), noah.endReason());
        }
    }

    private static Placement placement(Programme programme, String id) throws Exception {
        return programme.allPlacements().stream().filter(placement -> placement.id().equals(id)).findFirst().orElseThrow();
    }
}
