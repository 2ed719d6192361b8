package io.claimdesk.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the request property a rule that spans several properties is reported on, so that a client can show the
 * message next to the field it concerns rather than under the name of the method that checks it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ViolationField {

    String value();
}
