package dk.nextwork.program;

import java.time.LocalDate;

/**
 * A young person enrolled in the programme (the account id names them; name and e-mail are on the
 * account). Only what matching and follow-up need.
 *
 * @param hoursPerWeek how many hours a week they can be in a placement: at least
 *                     {@value Enrolments#MIN_HOURS_PER_WEEK}
 */
public record YoungPerson(String id, int hoursPerWeek, String interests, String goals, Status status, LocalDate enrolled) {

    public enum Status { ACTIVE, PAUSED, COMPLETED }
}
