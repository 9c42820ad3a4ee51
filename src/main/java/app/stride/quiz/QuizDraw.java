package app.stride.quiz;

import app.stride.bank.QuestionBank;
import app.stride.exercise.Seeds;
import app.stride.exercise.Template;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Which questions an attempt gets: the same numbers for all when the quiz says so (new ones at
 * each next attempt, the same for everyone at that attempt), else each student's own. A shuffled
 * quiz gives each student and attempt an order of their own either way.
 */
final class QuizDraw {

    /**
     * One drawn question: its template, the seed of its numbers (a quiz's, which practice never
     * serves), and its slot: its place in the quiz before any shuffle, the same for every student.
     */
    record Drawn(String templateId, long seed, int slot) {
    }

    private QuizDraw() {
    }

    static List<Drawn> draw(Quiz quiz, long userId, int attemptNumber, QuestionBank bank) {
        long attempt = attemptNumber * 0xC2B2AE3D27D4EB4FL;
        long own = quiz.getVariantSeed() ^ (userId * 0x9E3779B97F4A7C15L) ^ attempt;
        // same numbers: a second attempt must not replay the first, whose review showed its keys;
        // the first attempt's (attempt 0) are those drawn before attempts had numbers of their own
        long base = quiz.isSameVariants() ? quiz.getVariantSeed() ^ attempt : own;
        SplittableRandom random = new SplittableRandom(base);
        List<Drawn> drawn = new ArrayList<>();
        for (QuizItem item : quiz.getItems()) {
            List<Template> choices = bank.family(item.getFamily()).stream()
                    .filter(t -> item.getTemplateId() == null || t.id().equals(item.getTemplateId()))
                    .filter(t -> item.getDifficulty() == null || t.difficulty() == item.getDifficulty())
                    .toList();
            for (int i = 0; i < item.getCount(); i++) {
                Template t = choices.get(random.nextInt(choices.size()));
                drawn.add(new Drawn(t.id(), Seeds.quiz(random), drawn.size()));
            }
        }
        if (quiz.isShuffle()) {
            // with the same numbers for everyone the order is still the student's own
            long order = quiz.isSameVariants() ? new SplittableRandom(own).nextLong() : random.nextLong();
            Collections.shuffle(drawn, new Random(order));
        }
        return drawn;
    }
}
