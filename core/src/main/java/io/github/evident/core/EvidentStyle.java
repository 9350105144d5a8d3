package io.github.evident.core;

import io.github.evident.core.internal.RequiredFieldsException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by Evident's wide value types (reviews, studies, outcomes,
 * appraisals).
 *
 * <p>Generated {@code Immutable*} classes are package-private: users reach values through the
 * abstract type's {@code builder()} or {@code of(...)} factories, and {@code build()} returns the
 * abstract type. Only JDK collections are used. A builder missing a required field throws an
 * {@link IllegalArgumentException} naming the value and the fields (for example
 * {@code study.id is required}), not Immutables' {@code IllegalStateException}. This annotation
 * is public so that every Evident module can apply it; it is not meant for user code.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = true,
    allParameters = false,
    forceJacksonPropertyNames = true,
    throwForInvalidImmutableState = RequiredFieldsException.class)
public @interface EvidentStyle {}
