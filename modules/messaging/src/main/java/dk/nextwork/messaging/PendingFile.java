package dk.nextwork.messaging;

import java.io.Serializable;

import dk.nextwork.dam.AssetType;
import dk.nextwork.dam.CheckedFile;

/**
 * A file ready to go with a message: it passed the asset checks and, for an image, was drawn anew
 * without its metadata ({@link ChannelMessages#attachable}). Only that method makes one, so a
 * message never carries a file that skipped the checks.
 */
public final class PendingFile implements Serializable {

    private final String label;
    private final String fileName;
    private final AssetType type;
    private final byte[] bytes;
    private final int width;
    private final int height;

    PendingFile(String label, CheckedFile file) {
        this.label = label;
        this.fileName = file.fileName();
        this.type = file.type();
        this.bytes = file.bytes();
        this.width = file.width();
        this.height = file.height();
    }

    public String label() {
        return label;
    }

    public String fileName() {
        return fileName;
    }

    public AssetType type() {
        return type;
    }

    public long size() {
        return bytes.length;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The file's content, for storing it. */
    public byte[] bytes() {
        return bytes.clone();
    }
}
