package io.tandem.collateral;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.people.DemoPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@TandemSpringTest
class DemoCollateralTest {

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    DemoCollateral demo;
    @Autowired
    CollateralService collateral;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void seedsOnceThroughTheRealRulesAndLeavesNobodySignedIn() {
        demoPeople.seed();
        demo.seed();
        int assets = jdbc.queryForObject("SELECT COUNT(*) FROM collateral_asset", Integer.class);
        assertThat(demo.seed()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM collateral_asset", Integer.class)).isEqualTo(assets);
        assertThat(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication())
                .isNull();

        signIn.as("sam");
        assertThat(collateral.library(LibraryQuery.all())).anySatisfy(a -> {
            assertThat(a.title()).isEqualTo(DemoCollateral.CASE_STUDY);
            assertThat(a.uses()).isEqualTo(2);
        });
        assertThat(collateral.waitingForMe()).extracting(AssetSummary::title).contains("Battlecard: us vs. Globex");
        assertThat(FileCheck.check("x.pdf", DemoCollateral.pdf("Hello"), 1_000_000).kind())
                .isEqualTo(FileCheck.Kind.PDF);
    }
}
