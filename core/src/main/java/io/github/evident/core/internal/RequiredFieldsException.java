package io.github.evident.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a builder of an Evident value throws when required fields are not set: an
 * {@link IllegalArgumentException} whose message names the value and each missing field, such as
 * {@code study.id, study.citation and study.design are required}.
 *
 * <p>{@link io.github.evident.core.EvidentStyle} names this class as Immutables'
 * {@code throwForInvalidImmutableState}, so every generated builder calls the constructor with
 * the names of the missing fields. The value is the type the throwing builder builds: a generated
 * {@code ImmutableStudy.Builder} builds a {@code Study}, named {@code study} as in the model's
 * other messages. Callers catch {@link IllegalArgumentException}; this type is not public API.
 */
public final class RequiredFieldsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception naming the fields a builder lacks.
   *
   * @param fields the names of the missing fields, in declaration order
   */
  public RequiredFieldsException(String... fields) {
    super(message(builtValue().map(RequiredFieldsException::fieldPrefix).orElse(""), fields));
  }

  /** The message: {@code a.x is required}, {@code a.x and a.y are required}, and so on. */
  static String message(String prefix, String... fields) {
    List<String> named = new ArrayList<>();
    for (String f : fields) {
      named.add(prefix + f);
    }
    if (named.isEmpty()) {
      return prefix.isEmpty() ? "a required field is missing"
          : prefix.substring(0, prefix.length() - 1) + ": a required field is missing";
    }
    if (named.size() == 1) {
      return named.get(0) + " is required";
    }
    String last = named.remove(named.size() - 1);
    return String.join(", ", named) + " and " + last + " are required";
  }

  /**
   * The value type built by the nearest generated builder on the stack: the abstract type a
   * generated {@code Immutable*} class extends or implements.
   */
  private static Optional<Class<?>> builtValue() {
    return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
            .map(Class::getEnclosingClass)
            .filter(c -> c != null && c.getSimpleName().startsWith("Immutable"))
            .findFirst())
        .map(RequiredFieldsException::valueType);
  }

  private static Class<?> valueType(Class<?> generated) {
    Class<?> parent = generated.getSuperclass();
    if (parent != null && parent != Object.class) {
      return parent;
    }
    Class<?>[] interfaces = generated.getInterfaces();
    return interfaces.length > 0 ? interfaces[0] : generated;
  }

  /** {@code Study} gives {@code "study."}, {@code TwoByTwo} gives {@code "twoByTwo."}. */
  private static String fieldPrefix(Class<?> type) {
    String name = type.getSimpleName();
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1) + ".";
  }
}
