package tabletop.shell.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code @Option} that is only given by its name ({@code --seed 7}), never by position.
 * Spring Shell's annotation model makes every option positional in parameter order; the options
 * that come after the positional ones ({@code run --knob …}, {@code report --out …}) carry this so
 * that a stray word is refused instead of filling them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ByName {}
