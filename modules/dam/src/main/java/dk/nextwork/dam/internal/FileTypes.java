package dk.nextwork.dam.internal;

import java.util.Locale;
import java.util.Optional;

import dk.nextwork.dam.AssetType;

/** What a file is, by its first bytes; and whether its name says the same. */
public final class FileTypes {

    private FileTypes() {
    }

    public static Optional<AssetType> detect(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(AssetType.PNG);
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(AssetType.JPEG);
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(AssetType.PDF);
        }
        return Optional.empty();
    }

    /** The type the file name's extension names, if it is one the DAM takes. */
    public static Optional<AssetType> byName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (AssetType type : AssetType.values()) {
            if (type.extensions().contains(extension)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes == null || bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
