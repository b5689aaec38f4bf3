package com.voicedesk.adapters.ai.openai;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Describes a record component for the model; {@code nullable} components may come back as null. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
@interface SchemaField {

    String value();

    boolean nullable() default false;
}
