package id.kabar.annotate.quote;

import id.kabar.model.Entity;

/** One place in the body where an entity is named. */
record Mention(int start, int end, Entity entity) {
}
