package io.tandem.bench;

import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadForm;
import io.tandem.lead.LeadService;
import io.tandem.people.DemoPeople;
import java.util.ArrayList;
import java.util.List;

/** Leads for the benchmarks to give verdicts on, made before anything is measured. */
final class BenchLeads {

    private BenchLeads() {
    }

    /** {@code count} new leads handed over to sales by Leo (marketing), each with a name and email of its own. */
    static List<LeadCard> handedOver(DemoPeople demoPeople, LeadService leads, int count) {
        List<LeadCard> mqls = new ArrayList<>();
        String tag = Long.toString(System.nanoTime(), 36);
        demoPeople.runAs("leo", () -> {
            for (int i = 0; i < count; i++) {
                LeadCard lead = leads.create(new LeadForm("Bench lead " + i + " " + tag, "Bench AG",
                        "bench-" + tag + "-" + i + "@bench.example", null, null, null, null, null));
                mqls.add(leads.handOver(lead.id(), lead.version(), List.of()));
            }
        });
        return mqls;
    }
}
