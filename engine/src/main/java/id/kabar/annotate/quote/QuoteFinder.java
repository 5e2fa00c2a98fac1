package id.kabar.annotate.quote;

import id.kabar.annotate.text.Text;
import id.kabar.model.Entity;
import id.kabar.model.Quote;
import java.util.List;

/** Finds direct and indirect quotes and resolves who said them. */
public final class QuoteFinder {

    public List<Quote> find(Text text, List<Entity> entities) {
        return List.of();
    }
}
