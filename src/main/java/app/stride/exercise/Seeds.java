package app.stride.exercise;

import java.util.random.RandomGenerator;

/**
 * Who draws which seeds. Practice, and the exercise API that serves the same exercises, draw from
 * 1 up, and anyone may ask for any of those; quizzes and mock exams draw from the negative seeds,
 * which neither serves, so that no question of a quiz can be opened, or graded with its key shown,
 * outside the quiz.
 */
public final class Seeds {

    private Seeds() {
    }

    public static boolean isPractice(long seed) {
        return seed >= 1;
    }

    /** A new seed for practice. */
    public static long practice(RandomGenerator random) {
        return random.nextLong(1, Long.MAX_VALUE);
    }

    /** A new seed for a quiz or a mock exam's question. */
    public static long quiz(RandomGenerator random) {
        return -random.nextLong(1, Long.MAX_VALUE);
    }
}
