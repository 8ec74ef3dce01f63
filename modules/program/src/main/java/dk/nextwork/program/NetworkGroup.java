package dk.nextwork.program;

import java.util.Set;

/** A network group of young people that meets weekly, led by a youth counsellor (account id). */
public record NetworkGroup(String id, String name, String counsellor, Set<String> members) {
}
