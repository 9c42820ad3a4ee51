package app.stride.base;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Every text column of every entity, on the way in: a NUL becomes U+FFFD. PostgreSQL's text
 * cannot hold NUL (H2's can), so one that got past a form's checks would fail the statement, a
 * server error, on PostgreSQL only. The services refuse or clean what users type first (names,
 * titles, answers, comments); this keeps the two databases alike for whatever path comes next.
 */
@Converter(autoApply = true)
public class NulFreeText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String text) {
        return text == null || text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\uFFFD');
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored;
    }
}
