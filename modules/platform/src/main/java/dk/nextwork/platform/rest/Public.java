package dk.nextwork.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST resource (or method) anyone may call without signing in: the public site, the delivery
 * API, health. Every other resource must say who may call it with {@code @RolesAllowed} or
 * {@code @PermitAll} (any signed-in user); one that says nothing is refused to everybody.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Public {
}
