package io.tandem.collaboration;

import com.vaadin.collaborationengine.CollaborationEngineConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

/**
 * Collaboration Engine 7 (Apache 2.0) needs no license or data directory; on one node it keeps live state in
 * memory on its {@code LocalBackend}, in a cluster on Hazelcast ({@link ClusterConfiguration}). Anything that must
 * survive a restart is written to MariaDB by the features (and discussions by {@link JpaMessagePersister}).
 */
@Configuration(proxyBeanMethods = false)
class CollaborationConfiguration {

    /**
     * One configuration per Vaadin service: the engine binds itself and its backend to the configuration it is
     * given, so a service that is destroyed and replaced (tests do this) must not hand its successor a used one.
     */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    CollaborationEngineConfiguration collaborationEngineConfiguration(
            ObjectProvider<ClusterBackendProvider> cluster, EngineThreads threads) {
        CollaborationEngineConfiguration configuration = new CollaborationEngineConfiguration();
        configuration.setAutomaticallyActivatePush(true);
        configuration.setExecutorService(threads.executor());
        cluster.ifAvailable(provider -> configuration.setBackend(provider.create()));
        return configuration;
    }

    /** Shared by the engines of every Vaadin service; the engine leaves an executor it is given running. */
    @Bean(destroyMethod = "shutdown")
    EngineThreads collaborationEngineThreads() {
        return new EngineThreads(new EngineExecutor(Runtime.getRuntime().availableProcessors()));
    }

    /**
     * The engine's executor, held rather than a bean itself: Spring Boot makes its own task executor (which the
     * views use for long work) only when the context has no bean that is an {@code Executor}.
     */
    record EngineThreads(EngineExecutor executor) {
        void shutdown() {
            executor.shutdown();
        }
    }

    @Bean
    VaadinServiceInitListener liveUpdatesServiceListener(LiveUpdates liveUpdates) {
        return event -> liveUpdates.serviceStarted(event.getSource());
    }
}
