package dk.nextwork.messaging.network;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A monthly meeting of the company network: the day, the time when it was planned ahead (a meeting
 * the coordinator only wrote notes of afterwards has none), the experiences put on its agenda, the
 * coordinator's notes once written, and whether it has begun (after which its agenda stays).
 */
public record NetworkMeeting(LocalDate day, Optional<LocalTime> time, List<NetworkAgendaItem> agenda, Optional<MeetingNotes> notes,
                             boolean begun) {

    public NetworkMeeting {
        agenda = List.copyOf(agenda);
    }
}
