package io.tandem.base;

import java.util.regex.Pattern;

/** The one rule every free-text field shares, whatever its length limit. */
public final class TextInput {

    /** Control characters other than tab and line breaks: invisible, and nobody types them on purpose. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    public static final String CONTROL_MESSAGE = "Remove the invisible control characters (pasted from another program?)";

    private TextInput() {
    }

    /** Whether the text holds a control character other than tab, line feed or carriage return. */
    public static boolean hasControlCharacters(CharSequence text) {
        return text != null && CONTROL.matcher(text).find();
    }
}
