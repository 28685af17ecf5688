package org.candour.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Everything a respondent is asked, in order: sections of items, then the optional profile questions. */
public record RespondentQuestionnaire(UUID id, List<Section> sections, List<ProfileQuestion> profile) {

    public record Section(String title, String introduction, List<Question> questions) {
    }

    /** kind is AGREEMENT, FREQUENCY, YES_NO or TEXT; TEXT questions have no options. */
    public record Question(String code, String kind, String wording, List<Choice> options) {

        public boolean isText() {
            return "TEXT".equals(kind);
        }

        public boolean allows(String optionCode) {
            return options.stream().anyMatch(option -> option.code().equals(optionCode));
        }
    }

    public record ProfileQuestion(String code, String question, List<Choice> categories) {

        public boolean allows(String categoryCode) {
            return categories.stream().anyMatch(category -> category.code().equals(categoryCode));
        }
    }

    public record Choice(String code, String label) {
    }

    public Optional<Question> question(String code) {
        return sections.stream().flatMap(section -> section.questions().stream())
                .filter(question -> question.code().equals(code)).findFirst();
    }

    public Optional<ProfileQuestion> profileQuestion(String code) {
        return profile.stream().filter(question -> question.code().equals(code)).findFirst();
    }
}
