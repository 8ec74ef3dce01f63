package dk.nextwork.reporting;

import dk.nextwork.platform.i18n.RefusedException;

/**
 * A report, assessment, questionnaire or configuration change the rules refuse; nothing was
 * changed. {@code reason} is a text key ({@code reporting.refused.*}).
 */
public class ReportingRefusedException extends RefusedException {

    public ReportingRefusedException(String reason, Object... values) {
        super(reason, values);
    }
}
