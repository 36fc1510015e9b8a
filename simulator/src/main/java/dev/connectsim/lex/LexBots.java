package dev.connectsim.lex;

import java.util.List;
import java.util.Optional;

/**
 * The Lex bots an instance's flows reach, as the instance file describes them ({@code lexBots:}).
 *
 * @param bots the bots, in file order
 */
public record LexBots(List<LexBot> bots) {

    private static final LexBots NONE = new LexBots(List.of());

    public LexBots {
        bots = List.copyOf(bots);
    }

    /** No bots. */
    public static LexBots none() {
        return NONE;
    }

    /** The bot {@code reference} (an alias ARN or a V1 bot's name) names, if the instance has it. */
    public Optional<LexBot> find(String reference) {
        return bots.stream().filter(b -> b.reference().equals(reference)).findFirst();
    }
}
