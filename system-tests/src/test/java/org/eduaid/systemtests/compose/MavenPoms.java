package org.eduaid.systemtests.compose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The two facts the checks need from a pom: its modules, and the artifacts it depends on. */
final class MavenPoms {

    private MavenPoms() {
    }

    static List<String> modules(Path pom) {
        return childTexts(parse(pom), "modules", "module");
    }

    static List<String> dependencies(Path pom) {
        Element project = parse(pom);
        List<String> artifacts = new ArrayList<>();
        for (Element dependencies : children(project, "dependencies")) {
            for (Element dependency : children(dependencies, "dependency")) {
                children(dependency, "artifactId").forEach(id -> artifacts.add(id.getTextContent().trim()));
            }
        }
        return artifacts;
    }

    private static List<String> childTexts(Element project, String list, String item) {
        List<String> texts = new ArrayList<>();
        for (Element parent : children(project, list)) {
            children(parent, item).forEach(element -> texts.add(element.getTextContent().trim()));
        }
        return texts;
    }

    /** Direct children only: a pom has {@code <dependencies>} under dependencyManagement and plugins too. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(pom.toFile());
            return document.getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }
}
