package dev.actionkit.tools;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressions;
import java.util.regex.Pattern;

/**
 * Evaluates the {@code pattern} and {@code patternProperties} of a catalog schema with the JDK's
 * engine, as the validator does by default, but within a budget of character reads per value:
 * {@value #BASE_STEPS} plus {@value #STEPS_PER_CHAR} per character of the value, so the work is
 * linear in the value's length whatever the pattern. A pattern that backtracks without end (such
 * as {@code ^(.*a){12}$}) on a value a model chose stops there, and the value counts as not
 * matching; an ordinary pattern reads each character a few times and never comes near it.
 */
final class BoundedRegularExpressions implements RegularExpressionFactory {

    /** The character reads any match may make: a few milliseconds of work. */
    static final long BASE_STEPS = 1_000_000;

    /** The further reads a match may make per character of the value. */
    static final long STEPS_PER_CHAR = 100;

    static final BoundedRegularExpressions FACTORY = new BoundedRegularExpressions();

    private BoundedRegularExpressions() {}

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern = Pattern.compile(RegularExpressions.replaceDollarAnchors(
                RegularExpressions.replaceLongformCharacterProperties(regex)));
        return value -> {
            try {
                return pattern.matcher(new Budgeted(value)).find();
            } catch (BudgetExceeded e) {
                return false;
            }
        };
    }

    /** The budget of one match ran out. Thrown without a stack trace: it is expected. */
    private static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /** A string that counts the reads the regex engine makes and stops it past the budget. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private final long budget;
        private long steps;

        Budgeted(String text) {
            this.text = text;
            this.budget = BASE_STEPS + STEPS_PER_CHAR * text.length();
        }

        @Override
        public char charAt(int index) {
            if (++steps > budget) {
                throw new BudgetExceeded();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
