package org.serviceaudit.server.quality.boundary;

import org.serviceaudit.server.problems.FieldErrors;

import java.util.LinkedHashMap;
import java.util.Map;

/** The body of PUT /clients/{id}/index-weights: each channel's weight, ≥ 0, not all 0; only their proportions matter. */
public record IndexWeightsRequest(Double phone, Double visit, Double email, Double website, Double chat) {

    Map<String, Double> valid() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("phone", phone);
        weights.put("visit", visit);
        weights.put("email", email);
        weights.put("website", website);
        weights.put("chat", chat);
        FieldErrors errors = new FieldErrors();
        weights.forEach((channel, w) -> errors.required("/" + channel, w)
                .check("/" + channel, w, v -> v >= 0 && v <= 1000 && !v.isNaN(), "must be a number from 0 to 1000"));
        if (errors.isEmpty() && weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            errors.add("", "at least one channel needs a weight above 0");
        }
        errors.throwIfAny("the index weights are not valid");
        return weights;
    }
}
