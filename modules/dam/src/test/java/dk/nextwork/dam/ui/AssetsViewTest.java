package dk.nextwork.dam.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;

import dk.nextwork.dam.Asset;
import dk.nextwork.dam.Assets;
import dk.nextwork.dam.AssetsTest;
import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.shell.testing.VaadinShell;
import dk.nextwork.platform.testing.RunningPlatform;

/** The asset library's upload in the view: what the editor is told for a real image, an oversize file, a renamed executable and a PDF. */
class AssetsViewTest {

    private static final SignedInUser EDITOR = new SignedInUser("editor-1", "editor@example.org", "Peter Redaktør",
            Set.of(Role.EDITOR), null, "da");

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private Assets assets;

    @BeforeEach
    void start() {
        IdentityFixture identity = new IdentityFixture(running.platform(), running.clock());
        assets = new Assets(running.platform().repository(), identity.audit, running.clock());
        VaadinShell.start(identity, EDITOR, List.of(new DamNavigation()),
                Map.of(AssetsView.class, () -> new AssetsView(assets)), "dk.nextwork.dam.ui");
        UI.getCurrent().navigate("assets");
    }

    @AfterEach
    void stop() {
        VaadinShell.stop();
    }

    @Test
    void eachUploadIsAnsweredInTheEditorsLanguageAndOnlyGoodFilesAreKept() throws Exception {
        AssetsView view = _get(AssetsView.class);
        int before = assets.all().size();
        assertEquals("Et billede skal have et tekstalternativ. Udfyld feltet, og læg billedet op igen.",
                view.uploaded("vaerksted.jpg", AssetsTest.image(800, 600, "jpeg")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tekstalternativ (dansk)")), "En høvlebænk i værkstedet");
        assertEquals("vaerksted.jpg er lagt i mediearkivet.", view.uploaded("vaerksted.jpg", AssetsTest.image(800, 600, "jpeg")));
        assertEquals("", _get(TextField.class, spec -> spec.withLabel("Tekstalternativ (dansk)")).getValue(),
                "the text alternative belongs to the uploaded image only");

        byte[] big = new byte[(int) Assets.MAX_IMAGE_BYTES + 1];
        byte[] png = AssetsTest.image(10, 10, "png");
        System.arraycopy(png, 0, big, 0, png.length);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tekstalternativ (dansk)")), "Stort billede");
        assertEquals("Filen er større end 10 MB.", view.uploaded("stor.png", big));
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertEquals("Kun PNG- og JPEG-billeder og PDF-dokumenter kan lægges op.", view.uploaded("ferie.png", elf));
        assertEquals("praktikaftale.pdf er lagt i mediearkivet.", view.uploaded("praktikaftale.pdf", AssetsTest.PDF));

        List<Asset> kept = assets.all();
        assertEquals(before + 2, kept.size(), "the image and the PDF, nothing else");
    }
}
