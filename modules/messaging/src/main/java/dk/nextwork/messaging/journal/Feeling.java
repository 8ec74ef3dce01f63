package dk.nextwork.messaging.journal;

/** How an experience felt, in the young person's own choice of words, from the best. */
public enum Feeling { GREAT, GOOD, MIXED, HARD }
