package io.tandem.collaboration;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code tandem.cluster.enabled=true}, this node joins a Hazelcast cluster (TCP/IP, members listed in
 * {@code tandem.cluster.members}) and the Collaboration Engine uses it as its backend, so live collaboration
 * spans every node. Single-node (the default) needs none of this.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tandem.cluster.enabled", havingValue = "true")
class ClusterConfiguration {

    @Bean(destroyMethod = "shutdown")
    HazelcastInstance tandemHazelcast(@Value("${tandem.cluster.name:tandem}") String clusterName,
            @Value("${tandem.cluster.port:5701}") int port,
            @Value("${tandem.cluster.interface:127.0.0.1}") String networkInterface,
            @Value("${tandem.cluster.members:127.0.0.1}") String members) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setInstanceName("tandem-" + port + "-" + System.nanoTime());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(true);
        if (!"*".equals(networkInterface.trim())) {
            // bind to one interface (loopback by default); "*" lets Hazelcast pick, e.g. in containers
            config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface(networkInterface.trim());
        }
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true)
                .setMembers(Arrays.stream(members.split(",")).map(String::trim).toList());
        return Hazelcast.newHazelcastInstance(config);
    }

    @Bean
    ClusterBackendProvider clusterBackendProvider(HazelcastInstance hazelcast) {
        return () -> new HazelcastBackend(hazelcast);
    }
}
