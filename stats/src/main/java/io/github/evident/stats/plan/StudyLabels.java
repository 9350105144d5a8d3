package io.github.evident.stats.plan;

import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The label of every study of a review by its id ({@link Study#label()}), for the sentences of a
 * plan: reasons keep the ids as data and name the studies by their labels.
 *
 * @param byId study id to label, in review order
 */
record StudyLabels(Map<String, String> byId) {

  StudyLabels {
    byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }

  static StudyLabels of(Review review) {
    Map<String, String> m = new LinkedHashMap<>();
    review.studies().forEach(s -> m.put(s.id(), s.label()));
    return new StudyLabels(m);
  }

  /** The label of a study, or its id if the review holds no such study. */
  String of(String id) {
    return byId.getOrDefault(id, id);
  }

  /** The labels of studies, in the order of their ids. */
  List<String> of(Collection<String> ids) {
    return ids.stream().map(this::of).toList();
  }
}
