package id.kabar.annotate.entity;

import id.kabar.model.EntityType;
import id.kabar.model.Span;

/**
 * One place where the body names an entity.
 *
 * @param type  PER, ORG or LOC as tagged
 * @param text  the words as written in the body
 * @param span  where they are in the body
 * @param role  a job title attached to this mention of a person, or null
 */
record Mention(EntityType type, String text, Span span, String role) {
}
