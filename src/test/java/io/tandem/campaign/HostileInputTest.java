package io.tandem.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.base.ValidationException;
import io.tandem.people.DemoPeople;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Script tags, HTML, emoji and very long or invisible text in the plan: stored as typed or refused clearly. */
@TandemSpringTest
class HostileInputTest {

    static final List<String> STORED_AS_TYPED = List.of(
            "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>",
            "'; DROP TABLE campaign; --",
            "Emoji 🚀👩🏽‍💻 and RTL עברית",
            "=HYPERLINK(\"http://evil\")",
            "Line one\nLine two\ttabbed");

    @Autowired
    CampaignService campaigns;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void maya() {
        demoPeople.seed();
        signIn.as("maya");
    }

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void hostileTextIsStoredExactlyAsTyped() {
        Long id = campaigns.create("Hostile " + System.nanoTime()).id();
        for (String text : STORED_AS_TYPED) {
            campaigns.saveBriefField(id, BriefField.OBJECTIVE, text);
            assertThat(jdbc.queryForObject("SELECT objective FROM campaign WHERE id = ?", String.class, id))
                    .isEqualTo(text);
            InputEntry q = campaigns.addInput(id, InputKind.QUESTION, text);
            assertThat(q.text()).isEqualTo(text);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign", Integer.class)).isPositive();
    }

    @Test
    void controlCharactersAndOverlongTextAreRefusedAndChangeNothing() {
        Long id = campaigns.create("Hostile " + System.nanoTime()).id();
        campaigns.saveBriefField(id, BriefField.OBJECTIVE, "Before");
        for (String bad : List.of("nul\u0000byte", "bell\u0007", "x".repeat(2001), "\u001b[31mred")) {
            assertThatThrownBy(() -> campaigns.saveBriefField(id, BriefField.OBJECTIVE, bad))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> campaigns.addInput(id, InputKind.QUESTION, bad))
                    .isInstanceOf(ValidationException.class);
        }
        assertThat(jdbc.queryForObject("SELECT objective FROM campaign WHERE id = ?", String.class, id))
                .isEqualTo("Before");
        assertThat(campaigns.inputs(id)).isEmpty();
        assertThatThrownBy(() -> campaigns.create("a".repeat(121))).isInstanceOf(ValidationException.class);
    }
}
