package id.kabar.ingest;

import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import org.jdom2.Document;
import org.jdom2.JDOMException;

/**
 * Parses feed XML into a document the way Rome does itself (its hardened parser settings, its fixer for HTML
 * entities in XML), so the item elements can be read beside what Rome makes of them. Doctypes are allowed, since
 * RSS 0.91 feeds carry one; Rome then resolves every external entity to nothing, so none is fetched or read.
 */
final class FeedDocumentParser extends WireFeedInput {

    FeedDocumentParser() {
        setAllowDoctypes(true);
    }

    Document parse(Reader xml) throws JDOMException, IOException {
        return createSAXBuilder().build(new XmlFixerReader(xml));
    }
}
