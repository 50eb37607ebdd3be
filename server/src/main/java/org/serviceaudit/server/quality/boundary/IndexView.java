package org.serviceaudit.server.quality.boundary;

import org.serviceaudit.server.quality.control.QualityIndex;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The index of a client and its locations for a period, as the API shows it.
 *
 * @param weights        the client's channel weights (the defaults unless set)
 * @param defaultWeights whether they are the defaults
 * @param minSample      audits and runs an entry needs to be ranked
 */
public record IndexView(long clientId, String client, String period, Instant from, Instant to, Map<String, Double> weights,
                        boolean defaultWeights, int minSample, EntryView total, List<EntryView> locations) {

    /**
     * @param index       0..1; absent without any data in the period
     * @param low         lower end of the 95% confidence interval
     * @param smallSample fewer audits and runs than {@code minSample}: shown, not ranked
     * @param rank        1 = best among the client's locations with enough sample
     * @param channels    per channel with data: its score, the audits or runs behind it, its share of the index
     */
    public record EntryView(Long locationId, String name, Double index, String band, Double low, Double high, long audits, long probeRuns,
                            long sample, boolean smallSample, Integer rank, Map<String, ChannelView> channels, EmailView email) {

        static EntryView of(QualityIndex.Entry e) {
            Map<String, ChannelView> channels = new LinkedHashMap<>();
            for (String c : QualityIndex.CHANNELS) {
                QualityIndex.ChannelFigures f = e.channels().get(c);
                if (f != null) {
                    channels.put(c, new ChannelView(Math.round(f.mean() * 10_000) / 10_000.0, f.n(), e.weights().get(c)));
                }
            }
            QualityIndex.EmailFigures m = e.email();
            return new EntryView(e.locationId().orElse(null), e.name(), e.index().orElse(null), e.band().orElse(null), e.low().orElse(null),
                    e.high().orElse(null), e.audits(), e.probeRuns(), e.sample(), e.smallSample(), e.rank().orElse(null), channels,
                    new EmailView(m.runs(), m.replied(), m.repliedOnTime(), m.noReply(), m.bounced(), m.shareOnTime().map(IndexView::round)
                            .orElse(null), m.shareNeverReplied().map(IndexView::round).orElse(null), m.medianReplySeconds().orElse(null)));
        }
    }

    /** @param weight the channel's share of this index (0..1); absent when the client weighs it 0 */
    public record ChannelView(double score, long n, Double weight) {
    }

    /**
     * Email runs with a result, counted so that non-responders count.
     *
     * @param shareOnTime        replied within the probe's threshold, of all runs
     * @param shareNeverReplied  no reply or bounced, of all runs
     * @param medianReplySeconds the median over all runs with non-responders as never; absent when more than half never replied
     */
    public record EmailView(long runs, long replied, long repliedOnTime, long noReply, long bounced, Double shareOnTime,
                            Double shareNeverReplied, Long medianReplySeconds) {
    }

    public static IndexView of(QualityIndex.Report r) {
        return new IndexView(r.clientId(), r.clientName(), r.period().label(), r.period().from(), r.period().to(), r.weights(),
                r.defaultWeights(), r.minSample(), EntryView.of(r.client()), r.locations().stream().map(EntryView::of).toList());
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
