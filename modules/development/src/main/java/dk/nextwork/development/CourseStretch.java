package dk.nextwork.development;

import java.time.LocalDate;

/** A stretch of the young person's course: their placement at one company, shown as a marked area. */
public record CourseStretch(String company, String companyName, LocalDate start, LocalDate lastDay) {
}
