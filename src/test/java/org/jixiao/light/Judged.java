package org.jixiao.light;

import org.jixiao.system.text.Messages;

/** A verdict as a reader sees it: the light, and the reason put into one language. */
record Judged(Light light, String reason) {

    static Judged chinese(Verdict verdict) {
        return new Judged(verdict.light(), Messages.render(verdict.reason(), Messages.CHINESE));
    }

    static Judged english(Verdict verdict) {
        return new Judged(verdict.light(), Messages.render(verdict.reason(), Messages.ENGLISH));
    }
}
