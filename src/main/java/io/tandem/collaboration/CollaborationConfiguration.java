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
 * memory on its {@code LocalBackend}, in a cluster on Hazelcast ({@link ClusterConfiguration}). Anything that must survive a restart is written to MariaDB by the features (and
 * discussions by {@link JpaMessagePersister}).
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
            ObjectProvider<ClusterBackendProvider> cluster) {
        CollaborationEngineConfiguration configuration = new CollaborationEngineConfiguration();
        configuration.setAutomaticallyActivatePush(true);
        cluster.ifAvailable(provider -> configuration.setBackend(provider.create()));
        return configuration;
    }

    @Bean
    VaadinServiceInitListener liveUpdatesServiceListener(LiveUpdates liveUpdates) {
        return event -> liveUpdates.serviceStarted(event.getSource());
    }
}
