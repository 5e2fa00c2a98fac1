package id.kabar.annotate.quote;

import id.kabar.model.EntityType;

/** Who said a quote: an entity's name, or the phrase naming an unnamed group (typed OTHER). */
record Speaker(String name, EntityType type) {
}
