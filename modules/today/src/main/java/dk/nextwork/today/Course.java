package dk.nextwork.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.nextwork.development.Conversation;
import dk.nextwork.development.ScoreMovement;
import dk.nextwork.reporting.Bilingual;
import dk.nextwork.signals.Signal;

/**
 * A young person's course as their page shows it, each part only to those who may see it.
 *
 * @param enrolment     when they began and for how many hours a week; what they want only to those who work with them closely
 * @param journey       their placements, oldest first
 * @param group         their network group and its next meeting
 * @param dimensions    each dimension's latest score
 * @param focus         how the area chosen at the last conversation moved
 * @param conversations the conversation records, newest first, for those who may read them
 * @param signals       the open signals the viewer may see
 */
public record Course(String youngPerson, String firstName, boolean own, LocalDate today, Optional<Enrolment> enrolment,
                     List<JourneyStep> journey, Optional<GroupMeeting> group, List<Latest> dimensions,
                     Optional<ScoreMovement> focus, List<Conversation> conversations, List<Signal> signals) {

    public Course {
        journey = List.copyOf(journey);
        dimensions = List.copyOf(dimensions);
        conversations = List.copyOf(conversations);
        signals = List.copyOf(signals);
    }

    /** @param wishes interests and goals, for the young person, their counsellor and coordinators */
    public record Enrolment(LocalDate enrolled, int hoursPerWeek, Optional<Wishes> wishes) {
    }

    public record Wishes(String interests, String goals) {
    }

    /** A dimension's latest score, with the period it is for. */
    public record Latest(String target, Bilingual name, double value, dk.nextwork.reporting.Period period) {
    }
}
