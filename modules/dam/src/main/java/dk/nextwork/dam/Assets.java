package dk.nextwork.dam;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.jcr.Binary;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.dam.internal.Renditions;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.RoleCheck;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.repository.ClusterConflicts;
import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RepositoryFailure;

/**
 * The DAM: images (PNG, JPEG) and PDFs that editors upload, kept under {@value #ROOT}. A file is
 * taken only when its content is what its name says, within the size limits, and (for an image)
 * with a text alternative. Images get renditions at {@link Renditions#WIDTHS}. Content refers to an
 * asset as {@code /dam/<id>}; an asset in use cannot be deleted.
 */
@ApplicationScoped
public class Assets {

    public static final String ROOT = "/dam";
    public static final String REFERENCE_PREFIX = "/dam/";
    /** Content properties that hold asset references (the image component's, per language). */
    public static final List<String> REFERENCING_PROPERTIES = List.of("image", "image_en");
    public static final long MAX_IMAGE_BYTES = FileChecks.MAX_IMAGE_BYTES;
    public static final long MAX_PDF_BYTES = FileChecks.MAX_PDF_BYTES;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A stored file: the original or a rendition. */
    public record StoredFile(byte[] bytes, String mimeType, String fileName) {
    }

    private final PortalRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    protected Assets() {
        this(null, null, Clock.systemUTC());
    }

    @Inject
    public Assets(PortalRepository repository, AuditTrail audit) {
        this(repository, audit, Clock.systemUTC());
    }

    public Assets(PortalRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** A file that passed every check, with its renditions, ready to be stored. */
    public record PreparedAsset(String fileName, AssetType type, byte[] bytes, int width, int height, String alt,
                                String altEn, List<Integer> widths, List<byte[]> renditions) {
    }

    public Asset upload(SignedInUser by, String fileName, byte[] bytes, String alt, String altEn)
            throws AssetRejectedException {
        requireEditor(by);
        PreparedAsset prepared = prepare(fileName, bytes, alt, altEn);
        String id = newId();
        Instant uploaded = clock.instant();
        Asset asset = ClusterConflicts.retry("upload an asset", () -> repository.withServiceSession(session -> {
            Node node = write(session, id, prepared, by.id(), uploaded);
            session.save();
            return read(node);
        }));
        audit.record(by.id(), "asset.upload", null, asset.id() + " " + asset.fileName(), null);
        return asset;
    }

    /** Checks a file ({@link FileChecks#check}) and its text alternative, and makes its renditions. */
    public static PreparedAsset prepare(String fileName, byte[] bytes, String alt, String altEn) throws AssetRejectedException {
        CheckedFile file = FileChecks.check(fileName, bytes);
        if (file.type().isImage() && (alt == null || alt.isBlank())) {
            throw new AssetRejectedException("dam.refused.alt", "an image needs a text alternative");
        }
        List<byte[]> renditions = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        if (file.type().isImage()) {
            try {
                BufferedImage image = Renditions.read(bytes);
                for (int target : Renditions.WIDTHS) {
                    if (target < file.width()) {
                        renditions.add(Renditions.scaled(image, target, file.type()));
                        widths.add(target);
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new AssetRejectedException("dam.refused.unreadable", "the image cannot be read");
            }
        }
        return new PreparedAsset(file.fileName(), file.type(), bytes, file.width(), file.height(), blankToNull(alt),
                blankToNull(altEn), List.copyOf(widths), List.copyOf(renditions));
    }

    /** Stores a prepared file as asset {@code id} in the session, without saving (install tasks as well). */
    public static Node write(Session session, String id, PreparedAsset prepared, String uploadedBy, Instant uploaded)
            throws RepositoryException {
        Node node = session.getNode(ROOT).addNode(id, "nt:unstructured");
        node.setProperty("fileName", prepared.fileName());
        node.setProperty("assetType", prepared.type().name());
        node.setProperty("size", (long) prepared.bytes().length);
        node.setProperty("width", (long) prepared.width());
        node.setProperty("height", (long) prepared.height());
        if (prepared.alt() != null) {
            node.setProperty("alt", prepared.alt());
        }
        if (prepared.altEn() != null) {
            node.setProperty("alt_en", prepared.altEn());
        }
        node.setProperty("uploadedBy", uploadedBy);
        node.setProperty("uploaded", JcrValues.utc(uploaded));
        node.setProperty("version", digest(prepared.bytes()));
        file(session, node, "original", prepared.bytes());
        for (int i = 0; i < prepared.widths().size(); i++) {
            file(session, node, "w" + prepared.widths().get(i), prepared.renditions().get(i));
        }
        return node;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Optional<Asset> find(String id) {
        return repository.withServiceSession(session -> node(session, id).map(Assets::readUnchecked));
    }

    /** Every asset, newest first. */
    public List<Asset> all() {
        return repository.withServiceSession(session -> {
            List<Asset> assets = new ArrayList<>();
            for (NodeIterator nodes = session.getNode(ROOT).getNodes(); nodes.hasNext(); ) {
                Node node = nodes.nextNode();
                if (node.hasProperty("assetType")) {
                    assets.add(read(node));
                }
            }
            assets.sort((a, b) -> b.uploaded().compareTo(a.uploaded()));
            return assets;
        });
    }

    /** The original ({@code original}) or a rendition ({@code w480}, …) of the asset at this version. */
    public Optional<StoredFile> file(String id, String version, String variant) {
        return repository.withServiceSession(session -> {
            Optional<Node> node = node(session, id);
            if (node.isEmpty() || !node.get().getProperty("version").getString().equals(version)
                    || !variant.matches("original|w\\d{2,4}") || !node.get().hasNode(variant)) {
                return Optional.empty();
            }
            AssetType type = AssetType.valueOf(node.get().getProperty("assetType").getString());
            try (InputStream in = node.get().getNode(variant).getProperty("data").getBinary().getStream()) {
                return Optional.of(new StoredFile(in.readAllBytes(), type.mimeType(),
                        node.get().getProperty("fileName").getString()));
            } catch (IOException e) {
                throw new RepositoryException("The asset " + id + " cannot be read", e);
            }
        });
    }

    /** The address of the original or of the rendition closest to (not below) a width. */
    public static String url(Asset asset, int width) {
        String variant = asset.renditions().stream().filter(w -> w >= width).findFirst().map(w -> "w" + w)
                .orElse("original");
        return url(asset, variant);
    }

    public static String url(Asset asset, String variant) {
        return REFERENCE_PREFIX + asset.id() + "/" + asset.version() + "/" + variant + "/" + asset.fileName();
    }

    /** The asset a content reference ({@code /dam/<id>}) names. */
    public Optional<Asset> referenced(String reference) {
        return reference != null && reference.startsWith(REFERENCE_PREFIX)
                ? find(reference.substring(REFERENCE_PREFIX.length())) : Optional.empty();
    }

    /** The content nodes that use the asset (by path). */
    public List<String> usages(String id) {
        return repository.withServiceSession(session -> {
            StringBuilder condition = new StringBuilder();
            for (String property : REFERENCING_PROPERTIES) {
                condition.append(condition.length() == 0 ? "" : " OR ").append("n.[").append(property).append("] = $ref");
            }
            Query query = session.getWorkspace().getQueryManager().createQuery(
                    "SELECT * FROM [nt:unstructured] AS n WHERE " + condition, Query.JCR_SQL2);
            query.bindValue("ref", session.getValueFactory().createValue(REFERENCE_PREFIX + id));
            List<String> paths = new ArrayList<>();
            for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
                paths.add(nodes.nextNode().getPath());
            }
            return paths;
        });
    }

    /** Deletes an asset nothing uses. */
    public void delete(SignedInUser by, String id) throws AssetRejectedException {
        requireEditor(by);
        List<String> used = usages(id);
        if (!used.isEmpty()) {
            throw new AssetRejectedException("dam.refused.inUse", "the asset is used by " + used, used.size());
        }
        ClusterConflicts.retry("delete an asset", () -> repository.withServiceSession(session -> {
            Optional<Node> node = node(session, id);
            if (node.isPresent()) {
                node.get().remove();
                session.save();
            }
            return null;
        }));
        audit.record(by.id(), "asset.delete", null, id, null);
    }

    private static void requireEditor(SignedInUser by) {
        RoleCheck.require(by, "only editors manage assets", Role.EDITOR);
    }

    private static void file(Session session, Node asset, String name, byte[] bytes) throws RepositoryException {
        Binary binary = session.getValueFactory().createBinary(new ByteArrayInputStream(bytes));
        try {
            asset.addNode(name, "nt:unstructured").setProperty("data", binary);
        } finally {
            binary.dispose();
        }
    }

    private static Optional<Node> node(Session session, String id) throws RepositoryException {
        if (id == null || !id.matches("[a-z0-9]{1,40}") || !session.nodeExists(ROOT + "/" + id)) {
            return Optional.empty();
        }
        return Optional.of(session.getNode(ROOT + "/" + id));
    }

    private static Asset readUnchecked(Node node) {
        try {
            return read(node);
        } catch (RepositoryException e) {
            throw new RepositoryFailure(e);
        }
    }

    private static Asset read(Node node) throws RepositoryException {
        List<Integer> renditions = new ArrayList<>();
        for (int width : Renditions.WIDTHS) {
            if (node.hasNode("w" + width)) {
                renditions.add(width);
            }
        }
        return new Asset(node.getName(), node.getProperty("fileName").getString(),
                AssetType.valueOf(node.getProperty("assetType").getString()), node.getProperty("size").getLong(),
                (int) node.getProperty("width").getLong(), (int) node.getProperty("height").getLong(),
                node.hasProperty("alt") ? node.getProperty("alt").getString() : null,
                node.hasProperty("alt_en") ? node.getProperty("alt_en").getString() : null,
                node.getProperty("uploadedBy").getString(), node.getProperty("uploaded").getDate().toInstant(),
                node.getProperty("version").getString(), List.copyOf(renditions));
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String newId() {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
