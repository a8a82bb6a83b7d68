package org.mixroom.review.ui;

import java.util.List;

import org.mixroom.review.Mentions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The text of a comment or reply as a paragraph, with its mentions of members set off. */
final class MentionText {
    private MentionText() {
    }

    /** {@code prefix} (such as the author's name) and then the text. */
    static Paragraph paragraph(String prefix, String text, List<String> mentions) {
        Paragraph paragraph = new Paragraph();
        if (!prefix.isEmpty()) {
            paragraph.add(new Text(prefix));
        }
        for (Mentions.Part part : Mentions.split(text, mentions)) {
            paragraph.add(part.isMention() ? mention(part) : new Text(part.text()));
        }
        return paragraph;
    }

    private static Component mention(Mentions.Part part) {
        Span mention = new Span(part.text());
        mention.addClassName("mention");
        mention.getElement().setAttribute("title", "Mentions " + part.username());
        mention.getStyle().set("color", "var(--lumo-primary-text-color)").set("font-weight", "600")
                .set("background", "var(--lumo-primary-color-10pct)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("padding", "0 0.15em");
        return mention;
    }
}
