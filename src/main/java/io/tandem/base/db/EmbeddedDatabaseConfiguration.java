package io.tandem.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url} configured, Tandem starts an embedded MariaDB and connects to it.
 * Setting {@code SPRING_DATASOURCE_URL/USERNAME/PASSWORD} switches to an external MariaDB server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "")
    EmbeddedMariaDb embeddedMariaDb(@Value("${tandem.embedded-db.base-dir:./data/mariadb}") Path baseDir,
            @Value("${tandem.embedded-db.port:0}") int port,
            @Value("${tandem.embedded-db.fresh:false}") boolean fresh,
            @Value("${tandem.embedded-db.buffer-pool:256M}") String bufferPool) {
        if (!bufferPool.matches("[1-9][0-9]*[MG]")) {
            throw new IllegalArgumentException("tandem.embedded-db.buffer-pool must be a size like 256M or 1G, not "
                    + bufferPool);
        }
        return EmbeddedMariaDb.startOnce(baseDir, port, fresh, bufferPool);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource ds = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(db.jdbcUrl())
                .username("root")
                .password("")
                .build();
        ds.setPoolName("tandem-embedded");
        // during an outage a request fails within about 2 s (the user is told) instead of hanging for Hikari's 30 s
        ds.setConnectionTimeout(2000);
        ds.setValidationTimeout(1000);
        return ds;
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
