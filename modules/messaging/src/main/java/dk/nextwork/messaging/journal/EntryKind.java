package dk.nextwork.messaging.journal;

/** What an experience was about: work (the placement, a task, a colleague) or the social side. */
public enum EntryKind { WORK, SOCIAL }
