package dk.nextwork.platform.delivery.internal;

/** A request parameter the delivery API cannot honour: answered with 400, naming the parameter. */
public final class BadParameterException extends Exception {

    private final String parameter;

    public BadParameterException(String parameter, String reason) {
        super(reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
