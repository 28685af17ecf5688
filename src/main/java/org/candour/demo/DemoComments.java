package org.candour.demo;

import java.util.SplittableRandom;

/**
 * Fictional comments for the demo, assembled from short parts so that no two read quite alike. They name
 * nobody and no real place.
 */
final class DemoComments {

    private static final String[] OPENINGS = {
        "Honestly,", "In my experience,", "From what I have seen,", "Speaking as someone on a response team,",
        "After many years in the job,", "As a member of police staff,", "I think", "For me,", "To be fair,",
        "Since I joined,"};
    private static final String[] CHANGES = {
        "promotion boards need to be more open about why people are not selected",
        "the same mistake should lead to the same outcome whoever makes it",
        "supervisors should be trained to deal with racist banter instead of laughing along",
        "acting-up chances always seem to go to the same few people",
        "people who report things need to be told what happened afterwards",
        "prayer space and fasting should be planned for, not treated as a favour",
        "the group chats need to be taken seriously, not written off as jokes",
        "senior leaders should come out to the teams and listen, not just send emails",
        "specialist posts are filled by word of mouth before they are even advertised",
        "mentoring for people from minority backgrounds has started to make a real difference",
        "complaints against minority officers seem to be escalated much faster",
        "shift patterns make it hard for carers to get onto courses",
        "the new promotion process feels fairer than it used to",
        "nobody should have to be the only one who speaks up in the parade room"};
    private static final String[] ENDINGS = {
        "", "", "", " Things are slowly getting better.", " Nothing seems to change.", " Thank you for asking.",
        " I hope someone actually reads this.", " It affects morale more than people realise.",
        " Most colleagues are decent but a few set the tone.", " This survey is a good start."};
    private static final String[] OTHER = {
        "The workload on my team is too high and it affects everything else.",
        "I enjoy my job and the people I work with.",
        "Please keep running this survey so we can see if things change.",
        "The kit and the IT still let us down every single week.",
        "Wellbeing support has improved a lot in the last year.",
        "I would like more flexible working, especially for staff roles.",
        "Not enough time for training, we are always catching up.",
        "Communication from headquarters is slow and often too late.",
        "I am proud of what my team achieves with so little.",
        "Stop moving people around without asking them first."};

    String change(SplittableRandom random, boolean experienced) {
        String change = CHANGES[random.nextInt(CHANGES.length)];
        String opening = OPENINGS[random.nextInt(OPENINGS.length)];
        String ending = ENDINGS[random.nextInt(ENDINGS.length)];
        String start = experienced && random.nextBoolean() ? "It has happened to me more than once. " : "";
        return start + opening + " " + change + "." + ending;
    }

    String other(SplittableRandom random) {
        return OTHER[random.nextInt(OTHER.length)];
    }
}
