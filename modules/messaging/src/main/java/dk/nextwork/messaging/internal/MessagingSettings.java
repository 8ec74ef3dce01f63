package dk.nextwork.messaging.internal;

import java.util.List;

import dk.nextwork.platform.config.Setting;
import dk.nextwork.platform.config.SettingDefinitions;
import dk.nextwork.platform.config.SettingParsers;

/** Settings of the messages: how long a group's conversation is kept after the group ended. */
public final class MessagingSettings implements SettingDefinitions {

    public static final Setting<Integer> RETENTION_MONTHS = Setting.of("messaging.retention.months",
            "NEXTWORK_MESSAGING_RETENTION_MONTHS", "months after a network group ended that its messages, its "
                    + "experiences' discussions and its young people's threads with their counsellor are deleted (1-120)",
            text -> SettingParsers.integerIn(text, 1, 120), 12);

    @Override
    public List<Setting<?>> settings() {
        return List.of(RETENTION_MONTHS);
    }
}
