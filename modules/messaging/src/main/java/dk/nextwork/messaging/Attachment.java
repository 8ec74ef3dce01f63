package dk.nextwork.messaging;

import dk.nextwork.dam.AssetType;

/**
 * A file sent with a message: an image or a PDF, numbered in the message from 1. {@code label} is
 * the name as the sender's device called it (shown), {@code fileName} its safe form (in the
 * address, {@link MessagingRoutes#file}). Only who may read the message may open it.
 */
public record Attachment(int number, String label, String fileName, AssetType type, long size, int width, int height) {

    public boolean isImage() {
        return type.isImage();
    }
}
