package io.tandem.collaboration;

import com.hazelcast.cluster.MembershipAdapter;
import com.hazelcast.collection.IList;
import com.hazelcast.collection.ItemEvent;
import com.hazelcast.collection.ItemListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.vaadin.collaborationengine.Backend;
import com.vaadin.collaborationengine.MembershipEvent;
import com.vaadin.collaborationengine.MembershipEvent.MembershipEventType;
import com.vaadin.collaborationengine.MembershipListener;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * The Collaboration Engine's cluster backend on Hazelcast: every topic's event log is a distributed list that
 * every node reads in the same order, and snapshots live in a distributed map, so co-editing, presence,
 * discussions and live notices span all app nodes. Used only when {@code tandem.cluster.enabled=true}.
 */
class HazelcastBackend extends Backend {

    /** One event of a topic's log. */
    record Event(UUID id, String payload) implements Serializable {
    }

    private final HazelcastInstance hazelcast;

    HazelcastBackend(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    @Override
    public EventLog openEventLog(String logId) {
        return new HazelcastEventLog(hazelcast.getList("tandem-ce-log-" + logId));
    }

    @Override
    public Registration addMembershipListener(MembershipListener listener) {
        UUID id = hazelcast.getCluster().addMembershipListener(new MembershipAdapter() {
            @Override
            public void memberAdded(com.hazelcast.cluster.MembershipEvent event) {
                listener.handleMembershipEvent(new MembershipEvent(MembershipEventType.JOIN,
                        event.getMember().getUuid(), getCollaborationEngine()));
            }

            @Override
            public void memberRemoved(com.hazelcast.cluster.MembershipEvent event) {
                listener.handleMembershipEvent(new MembershipEvent(MembershipEventType.LEAVE,
                        event.getMember().getUuid(), getCollaborationEngine()));
            }
        });
        return () -> hazelcast.getCluster().removeMembershipListener(id);
    }

    @Override
    public UUID getNodeId() {
        return hazelcast.getCluster().getLocalMember().getUuid();
    }

    @Override
    public CompletableFuture<Snapshot> loadLatestSnapshot(String name) {
        return CompletableFuture.completedFuture(snapshots().get(name));
    }

    @Override
    public CompletableFuture<Void> replaceSnapshot(String name, UUID expectedId, UUID newId, String payload) {
        IMap<String, Snapshot> map = snapshots();
        map.lock(name);
        try {
            Snapshot current = map.get(name);
            UUID currentId = current == null ? null : current.getId();
            if (Objects.equals(currentId, expectedId)) {
                map.put(name, new Snapshot(newId, payload));
            }
            return CompletableFuture.completedFuture(null);
        } finally {
            map.unlock(name);
        }
    }

    private IMap<String, Snapshot> snapshots() {
        return hazelcast.getMap("tandem-ce-snapshots");
    }

    /**
     * A topic's log: submitted events are appended to a distributed list; a subscriber first gets the events
     * after the one it names, then every new one, in list order and each once.
     */
    static final class HazelcastEventLog implements EventLog {

        private final IList<Event> list;

        HazelcastEventLog(IList<Event> list) {
            this.list = list;
        }

        @Override
        public void submitEvent(UUID trackingId, String eventPayload) {
            list.add(new Event(trackingId, eventPayload));
        }

        @Override
        public Registration subscribe(UUID newerThan, BiConsumer<UUID, String> eventConsumer)
                throws EventIdNotFoundException {
            int start = 0;
            if (newerThan != null) {
                start = indexOf(newerThan) + 1;
                if (start == 0) {
                    throw new EventIdNotFoundException("No event " + newerThan + " in " + list.getName());
                }
            }
            Reader reader = new Reader(list, start, eventConsumer);
            UUID registration = list.addItemListener(reader, false);
            reader.deliver();
            return () -> list.removeItemListener(registration);
        }

        @Override
        public void truncate(UUID olderThan) {
            int index = olderThan == null ? list.size() : indexOf(olderThan);
            for (int i = 0; i < index && !list.isEmpty(); i++) {
                list.remove(0);
            }
        }

        private int indexOf(UUID id) {
            int i = 0;
            for (Event e : list) {
                if (e.id().equals(id)) {
                    return i;
                }
                i++;
            }
            return -1;
        }
    }

    /** Delivers the list's events from {@code next} on, in order, once each, whichever thread calls. */
    private static final class Reader implements ItemListener<Event> {

        private final IList<Event> list;
        private final BiConsumer<UUID, String> consumer;
        private int next;

        Reader(IList<Event> list, int next, BiConsumer<UUID, String> consumer) {
            this.list = list;
            this.next = next;
            this.consumer = consumer;
        }

        synchronized void deliver() {
            int size = list.size();
            while (next < size) {
                Event e = list.get(next++);
                consumer.accept(e.id(), e.payload());
            }
        }

        @Override
        public void itemAdded(ItemEvent<Event> item) {
            deliver();
        }

        @Override
        public void itemRemoved(ItemEvent<Event> item) {
            // truncation only removes events every node has already read
        }
    }
}
