package dk.nextwork.platform.content;

/**
 * How the public site shows a content type's items, as its definition declares it
 * ({@code site: {listTemplate: partners, itemTemplate: partner}}): a page with the list template
 * lists the published items, and each item has a page of its own below it with the item template.
 */
public record SiteListing(String listTemplate, String itemTemplate) {
}
