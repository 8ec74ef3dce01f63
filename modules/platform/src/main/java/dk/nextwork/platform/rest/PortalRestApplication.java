package dk.nextwork.platform.rest;

import jakarta.enterprise.inject.spi.CDI;

import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.LoggerFactory;
import org.glassfish.jersey.server.ServerProperties;

/** The one Jersey application: every resource and provider the modules contribute. */
public class PortalRestApplication extends ResourceConfig {

    public PortalRestApplication() {
        var contributed = CDI.current().getBeanManager().getExtension(RestResourceCollector.class).classes();
        registerClasses(contributed);
        register(AccessRules.class);
        // Jersey's own Jackson error mappers answer text/plain with the parser's class names: ours answer JSON
        register(JacksonFeature.withoutExceptionMappers());
        register(BodyLimit.class);
        LoggerFactory.getLogger(PortalRestApplication.class).info("REST resources and providers: {}",
                contributed.stream().map(Class::getName).sorted().toList());
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
        property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    }
}
